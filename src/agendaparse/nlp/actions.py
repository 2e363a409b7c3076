"""The action stage: candidate sentences to :class:`~agendaparse.models.Action`, owners chosen, plan rows merged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..dates import parse_date
from ..jurisdiction import document_jurisdiction, document_month_first
from ..models import Action, ActionPlanRow, AgendaItem, Provenance
from ..pdf import PageLayout
from ..tables.status import STATUS_WORDS
from .attendance import ATTENDANCE_LABEL_RE, attendance_entries
from .candidates import MOTION_START_RE, _full_name_surnames, _owner_words, sentences
from .classification import (
    ARRANGED_FOR_RE,
    ASKED_HINT_RE,
    ASKED_IF_POST_RE,
    BARE_IMPERATIVE_STEP_RE,
    BODY_DECISION_RE,
    BRACKETED_SUBJECT_RE,
    BY_ROLE_RE,
    CARRIED_PROPOSAL_RE,
    CONFIRMED_ACRONYM_RE,
    CONFIRMED_BODY_RE,
    DONE_BY_RE,
    INITIALS_WILL_BE_RE,
    IS_TO_BE_SET_UP_RE,
    IT_WAS_PUT_TO_RE,
    IT_WAS_SUGGESTED_RE,
    MEMBER_PROPOSED_RE,
    MOTION_ASKS_POST_RE,
    MOTION_BY_RE,
    MOVED_RE,
    NOUN_TO_BE_RE,
    PASSIVE_COMMIT_RE,
    PASSIVE_DECISION_RE,
    PUT_OFF_RE,
    REPORTED_PASSIVE_RE,
    REQUEST_MADE_TO_RE,
    RUN_IN_TOPIC_RE,
    SEMICOLON_OWNER_RE,
    SEMICOLON_PRONOUN_RE,
    STRONG_REQUEST_RE,
    THAT_BE_RE,
    WISH_RE,
    _asked_owner,
    _bodies_or_roles,
    _given_name_commits,
    _initials_dash_step,
    _mid_asked_owner,
    _named_commitment,
    _named_owner,
    _passive_agent,
    _reported_commit,
    _that_commit_actor,
    agreed_for,
    body_put_to_act,
    body_will_step,
    bracketed_task_owner,
    classify,
    colon_owner,
    conjoined_owner,
    led_post_step,
    member_surname_commits,
    mid_commit,
    name_label_owner,
    owner_of,
    put_to_owner,
    section_subject,
    so_owner,
    step_put_to,
    subject_commit,
    subject_owner,
)
from .dues import (
    ANNUAL_DUE_RE,
    DUE_BEFORE_ACTION_RE,
    EVENT_TO_BE_HELD_RE,
    effective_due,
    next_meeting_date,
    other_committee_next_meeting,
    resolve_due,
)
from .names import GIVEN_NAMES, strip_title
from .owners import (
    BRACKETED_OWNER_RE,
    THAT_WE_RE,
    _looks_like_owner,
    delegated_to,
    initials_map,
    is_post,
    is_resolving_body,
    recommended_body,
    resolve_owner,
    resolving_body_and_rest,
    to_be_done_by,
)
from .paragraphs import LONE_INITIALS_RE, NOT_MARGIN_OWNERS, ParagraphReader, Sentence, split_sentences
from .patterns import (
    ACTION_LABEL_RE,
    CONTEXT_COMMIT_RE,
    IT_WAS,
    NOT_OWNERS,
    OWNER_VERB_RE,
    PASSIVE_STEP_RE,
    PRONOUN_COMMIT_RE,
    RESOLVED_RE,
    ROLE_RE,
    ROLES,
    SURNAME,
    TITLES,
    WEEKDAY_NAMES,
)

if TYPE_CHECKING:
    from ..segment import DocumentFacts

# "The Annual Parish Meeting will be held on 14 May", "AGM: Tuesday 14 May 2024": the date "by the AGM" means.
ANNUAL_MEETING_RE = re.compile(
    r"(?:\bAGM|\b(?i:annual\s+(?:general\s+|parish\s+|town\s+)?meeting))(?P<date>[^.\n]{4,80})"
)

ANNUAL_HINT_RE = re.compile(r"AGM|(?i:annual)")

# A parochial church council's "The APCM will be held on Sunday 27 April" (the annual parochial church meeting): the
# date "before the APCM" means. It is the church's meeting, not the AGM of a body the minutes name beside it (round
# 78: "at the AGM" on such a page has no date).
CHURCH_MEETING_RE = re.compile(r"(?:\bAPCM\b|\b(?i:annual\s+parochial\s+church\s+meeting)\b)(?P<date>[^.\n]{4,80})")
CHURCH_ANNUAL_RE = re.compile(r"\bAPCM\b|\b(?i:annual\s+parochial\s+church\s+meeting)\b")


# A role or person an "Action:" line names (not a bare run of initials, which a margin prints for many kinds).
# The kinds a printed date of effect dates ("Agree to TRANSFER … from 1 April 2026"); a resolution's "adopted with
# effect from" is when a policy starts, not a due date (round 23), and an action's "from" is when work starts.
DATED_KINDS = ("recommendation",)
DECIDED_KINDS = ("recommendation", "resolution")  # the kinds that can set the day of an event still to come

# fullmatch: "MoJ", "DfT" in an action column; "DfT / ONS" on an "Action –" line under the minute (round 12)
DEPARTMENT = r"(?:[A-Z][a-z][A-Z]{1,2}|[A-Z]{2,6})"
DEPARTMENT_INITIALS_RE = re.compile(rf"(?:[A-Z][a-z][A-Z]{{1,2}}|[A-Z]{{3,6}})(?:\s*/\s*{DEPARTMENT})*")


def _departments(owner: str) -> bool:
    """'MoJ', 'DfT / ONS': departments by their short forms, not what a column prints for no one ('TBC', 'AOB')."""
    return bool(DEPARTMENT_INITIALS_RE.fullmatch(owner)) and not any(
        part.strip() in NOT_MARGIN_OWNERS for part in owner.split("/")
    )


ACTION_LINE_OWNER_RE = re.compile(rf"(?:{ROLES})\b|[A-Z][a-z]+\s+(?:of\s+)?[A-Z][a-z]+")


MOVED_THAT_BE_RE = re.compile(r"\bmoved\s+that\s+[^.;]{1,160}?\bbe\s+[a-z]+(?:ed|en)\b")
PROCEDURAL_MOTION_RE = re.compile(
    r"\bto\s+(?:adjourn|recess|close\s+the\s+meeting|go\s+into\s+(?:closed|executive|private)\s+session)\b", re.I
)


# "… to direct the City Attorney to draft …", "… to instruct staff to return …": the post a motion sets to work.
DIRECTED_POST_RE = re.compile(
    r"\bto\s+(?:direct|instruct)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){0,5}?|"
    r"staff)\s+to\s+(?!be\b)[a-z]{3,}"
)


# "to instruct the Chief Officer to bring …", "… agreed to task Mrs Francis with updating …": the post or member a
# body sets to work (spaces bounded: the text may be a run of them)
INSTRUCTED = (
    r"(?:instruct|direct|ask|request|task)\s{1,3}(?:the\s{1,3})?"
    rf"(?P<owner>(?:(?:{TITLES})\s{{1,3}})?[A-Z][\w'’\-]*(?:\s{{1,3}}(?:of|for|and|&|[A-Z][\w'’\-]*)){{0,5}}?|"
    r"staff|officers|officials)\s{1,3}"
    # a verb after "to", not a place or meeting ("to ask the Chief Constable to its next meeting")
    r"(?:to\s{1,3}(?!(?:be|the|its|their|his|her|this|that|our|any|all|each|every|next|future)\b)[a-z]{3,}|"
    r"with\s{1,3}[a-z]{3,}ing\b)"
)
# a decision's part in the infinitive: "(b) to instruct the Chief Officer to …", "Decision: to direct staff to …"
INFINITIVE_INSTRUCTION_RE = re.compile(rf"^(?:\(?[a-z]{{1,3}}\)\s{{0,3}})?to\s{{1,3}}{INSTRUCTED}")
# a decision's part in the past under "The Board:": "(b) asked the Head of Environment to report …", "(3) INSTRUCTED
# the Chief Officer to …"
PAST_INSTRUCTION_RE = re.compile(
    r"^(?:\(?[a-z0-9]{1,3}[.)]\s{0,3})?(?i:asked|instructed|directed|requested|tasked)\s{1,3}"
    + INSTRUCTED[INSTRUCTED.index("(?:the") :]
)
# after the body's verb: "The Committee agreed to instruct the Chief Officer to report back …", "… agreed to note the
# report and to instruct the Chief Finance Officer to prepare …"
AGREED_TO_INSTRUCT_RE = re.compile(
    r"\s{1,3}to\s{1,3}(?:(?:note|receive|approve|endorse|accept|agree)\s[^.;]{1,120}?\s(?:and\s{1,3})?to\s{1,3})?"
    rf"{INSTRUCTED}"
)


# "The Board APPROVED the revised Scheme … and asked the Chief Finance Officer to publish it …": the post the body's
# decision then sets to work
AND_INSTRUCTED_RE = re.compile(
    r"\s(?:and|AND)\s{1,3}(?:asked|instructed|directed|requested|tasked)\s{1,3}(?:the\s{1,3})?"
    rf"(?P<owner>(?:(?:{TITLES})\s{{1,3}})?[A-Z][\w'’\-]*(?:\s{{1,3}}(?:of|for|and|&|[A-Z][\w'’\-]*)){{0,5}}?|"
    r"staff|officers|officials)\s{1,3}to\s{1,3}(?!(?:be|the|its|their|next)\b)[a-z]{3,}"
)


def _and_instructed(text: str, start: int) -> str | None:
    """The post a body's decision then asks to act, in the same clause within 200 characters of ``start`` (after the
    body's verb): '… APPROVED the Scheme and asked the Chief Finance Officer to publish it' -> 'Chief Finance
    Officer'."""
    found = AND_INSTRUCTED_RE.search(text, start, start + 300)
    if found is None or found.start() - start > 200 or re.search(r"[.;]", text[start : found.start()]):
        return None
    return found["owner"] if _bodies_or_roles(found["owner"]) else None


# "The Committee agreed to request that the Chief Officer provide …": the post the body's request puts work to
AGREED_TO_REQUEST_THAT_RE = re.compile(r"\s{1,3}to\s{1,3}(?:request|ask)\s{1,3}that\s{1,3}")


# "Outcome: …", "Decision – …": an item's outcome label, the step after it (not "Decision: That …", read above).
OUTCOME_LABEL_RE = re.compile(r"\s{0,3}(?i:outcomes?|decisions?)\s{0,3}[:\-–]")


def _labelled_step_owner(text: str) -> str | None:
    """The owner a step under an outcome label names before 'to <verb>' or 'will <verb>': 'the Booking Secretary to
    update the hire charges …' -> 'the Booking Secretary'; none for a thing ('the hire charges to rise …')."""
    owner = owner_of(text[:1].upper() + text[1:])
    if owner is None or not re.match(r"\s*,?\s+(?:to|will|would)\s+[a-z]{3,}", text[len(owner) :]):
        return None
    return owner if _named_owner(owner) or _looks_like_owner(owner) or _bodies_or_roles(owner) else None


def _instructed_post(text: str) -> str | None:
    """The post a decision in the infinitive instructs, directs or asks to act: '(b) to instruct the Chief Officer to
    bring …' -> 'Chief Officer'."""
    instructed = INFINITIVE_INSTRUCTION_RE.match(text) or PAST_INSTRUCTION_RE.match(text)
    return instructed["owner"] if instructed else None


def _motion_post(text: str) -> str | None:
    """The post a motion authorises, delegates to or directs to act, if any."""
    if delegate := delegated_to(text):
        return delegate
    directed = DIRECTED_POST_RE.search(text)
    return directed["owner"] if directed else None


def _member_initials(sentence: Sentence, initials: dict[str, str]) -> bool:
    """The margin owner is a member's initials: ones the document expands, or, in minutes, a cell of the Action
    column (where the attendance list gives the names without their initials, they are expanded later)."""
    owner = sentence.margin_owner or ""
    return owner in initials or (sentence.in_minutes and LONE_INITIALS_RE.fullmatch(owner) is not None)


# "That the Head of Housing publishes …": a scrutiny review's recommendation names who is to act, verb in the present
THAT_POST_PRESENT_RE = re.compile(
    r"^(?:That|THAT)\s+(?P<owner>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){0,6}?)\s+"
    r"(?:[a-z]{3,}(?<![su]s)s|should|must)\s+[a-z]"
)
# "Recommended – That …", "RECOMMENDED: that …": a forum's or advisory body's recommendation recorded in its minutes
RECOMMENDED_THAT_RE = re.compile(r"^(?i:recommended|recommendation)\s*[:\-–]\s*(?=(?i:that)\s)")


def _owners(
    sentence: Sentence,
    kind: str,
    text: str,
    strong: bool,
    doc: Doc,
    initials: dict[str, str],
    committee: str | None,
    doc_body: str | None = None,
) -> list[str]:
    """Who an action falls to, by what kind of action it is; ``committee`` and ``doc_body`` are the document's own
    (the resolving body, as the document stage reads it)."""
    owners: list[str] = []
    if DECIDED_NOT_TO_RE.match(text):  # "It was agreed not to pursue the request further.   GD": no one acts
        return []
    if kind == "decision" and (named_for := agreed_for(text)):  # "Consensus was reached for X and Y to work on …"
        return resolve_owner(named_for, initials)
    if sentence.in_step_section and (subject := section_subject(text)):
        return resolve_owner(subject, initials)  # "Subject to approval, officers will consult …": the officers
    if members := _agreed_members(text, initials):  # "It was also agreed AW or IB should manage …": either acts
        return [name for member in members for name in resolve_owner(member, initials)]
    if (body := BODY_DECISION_RE.match(text)) and (instructed := AGREED_TO_INSTRUCT_RE.match(text, body.end())):
        return resolve_owner(instructed["owner"], initials)  # "The Committee agreed to instruct the Chief Officer to …"
    if body and (instructed := _and_instructed(text, body.end())):
        return resolve_owner(instructed, initials)  # "The Board APPROVED … and asked the CFO to publish …"
    if (
        body
        and (request := AGREED_TO_REQUEST_THAT_RE.match(text, body.end()))
        and (actor := _resolution_actor(text[request.end() :]))
        and not is_resolving_body(actor, (committee, doc_body))
    ):
        return resolve_owner(actor, initials)  # "The Committee agreed to request that the Chief Officer provide …"
    if body and _agreed_at_meeting(body, text, (committee, doc_body)):
        # "The Board agreed to adopt the Financial regulations": done there and then, no one acts (README stop 25)
        return resolve_owner(sentence.margin_owner, initials) if _member_initials(sentence, initials) else []
    if kind == "action" and (put_to := put_to_owner(text)):
        # "It was left with the Clerk to …", "Officers were tasked with …", "… raised again – RF to explore."
        return _with_margin(resolve_owner(put_to, initials), sentence, initials)
    passive = bool(
        PASSIVE_COMMIT_RE.search(text)
        or re.search(r"\bto\s+be\s+[a-z]+ed\s+by\b", text)
        or ARRANGED_FOR_RE.match(text)
        or IS_TO_BE_SET_UP_RE.match(text)
        or REPORTED_PASSIVE_RE.search(text)
    )
    if sentence.context_owner and (
        PRONOUN_COMMIT_RE.match(text) or CONTEXT_COMMIT_RE.match(text) or PASSIVE_STEP_RE.match(text)
    ):  # "She would …", "They agreed to …", "The leaflet will be distributed …" after "X had offered to help"
        return resolve_owner(sentence.context_owner, initials)
    if kind == "resolution":
        return _resolution_owners(sentence, text, initials, committee, (committee, doc_body))
    if kind == "recommendation":
        if delegate := delegated_to(text):  # "DELEGATE authority to the Corporate Director …": the delegate acts
            return [delegate]
        # "2. the Head of Leisure provide a costed appraisal …" under "RECOMMENDED to Cabinet that:": the post the part
        # names acts, not the body it is put to (tests/test_nlp_round40.py scrutiny-committee's note)
        if sentence.asked and (actor := _recommended_post(text, sentence.asked)):
            return resolve_owner(actor, initials)
        if body := sentence.asked or recommended_body(text):
            return [body]
        # "Recommended – That Mrs Oxley to contact members …" (a forum's minutes): the one the recommendation names
        lead = RECOMMENDED_THAT_RE.match(text)
        actor = _resolution_actor(text[lead.end() :]) if lead else None
        if actor is None and text[:4] in ("That", "THAT"):  # a scrutiny review's "That officers explore …"
            group = GROUP_SUBJUNCTIVE_RE.match(RESOLUTION_OPENING_RE.sub("", text))
            actor = group["owner"] if group else _resolution_actor(text)
        if actor is None and (present := THAT_POST_PRESENT_RE.match(text)) and _bodies_or_roles(present["owner"]):
            actor = present["owner"]  # "That the Cabinet Member for Housing reviews …" (a scrutiny recommendation)
        return resolve_owner(actor, initials) if actor else []
    if kind == "decision" and sentence.decided:  # a part of a decision record reads like a resolution
        if delegate := delegated_to(text):
            return [delegate]
        # "(b) that the Academic Registrar prepare guidance …" under "The Committee AGREED:": the post acts
        # "3. REQUESTED that the Director of Public Health publish …" under "The Board:": the post requested acts
        that = DECIDED_THAT_RE.match(text)
        actor = _resolution_actor(text[that.end() :]) if that else _instructed_post(text)
        if actor:
            return resolve_owner(actor, initials)
        return [sentence.asked] if sentence.asked else []  # "Cabinet agree to: A) …": the body deciding
    if (
        kind in ("request", "decision")
        and sentence.margin_owner
        and (
            ACTION_LINE_OWNER_RE.match(sentence.margin_owner)
            or _member_initials(sentence, initials)
            or _departments(sentence.margin_owner)
        )
    ):  # "Action: Director of Finance" under the request; a member's initials or a department's in the column
        return resolve_owner(sentence.margin_owner, initials)
    if kind == "request" and (made := REQUEST_MADE_TO_RE.match(text)):
        return [made["addressee"]]  # "A request has been made to SBC to have …": SBC is to act
    if kind in ("proposal", "decision") and (mandated := _mandated_actor(text, initials, (committee, doc_body))):
        return resolve_owner(mandated, initials)  # "SB proposed that … and that IB be authorised to use …": IB acts
    if kind in ("proposal", "request") and (put := body_put_to_act(text)):
        return [put[1]]  # "She suggested the City post a sign": the City acts
    if kind == "proposal" and IT_WAS_SUGGESTED_RE.match(text):
        return [group["owner"]] if (group := SUGGESTED_GROUP_RE.search(text)) else []
    if kind == "proposal" and IT_WAS_PUT_TO_RE.match(text) and (actor := _that_clause_actor(text)):
        return _request_actors(text, actor, initials)  # "It was proposed that the Chair write to …": the Chair
    if kind == "proposal" and (asks := MOTION_ASKS_POST_RE.match(text)) and _bodies_or_roles(asks["owner"]):
        return resolve_owner(asks["owner"], initials)  # "This Council asks the Chief Executive to …": the post acts
    if kind == "request" and (request := STRONG_REQUEST_RE.match(text)):
        if request["person"]:
            return resolve_owner(strip_title(request["person"]), initials)  # "… requested Mr Gale go back …"
        addressee = request["body"] or request["addressee"]
        if addressee:
            return [addressee]
        return _request_actors(text, actor, initials) if (actor := _that_clause_actor(text)) else []
    if kind == "request" and (actor := _that_clause_actor(text)):
        return _request_actors(text, actor, initials)  # "Members asked that the Clerk obtains a copy …": the Clerk
    if kind == "request" and ASKED_HINT_RE.search(text) and (asked := _asked_owner(text)):
        return resolve_owner(asked, initials)  # "The Board asked DfE to report back …": the one asked acts
    if kind == "request" and " asked " in text and (asked_if := ASKED_IF_POST_RE.search(text)):
        return resolve_owner(asked_if["owner"], initials)  # "Cllr Ames asked if the clerk could find out …"
    if kind == "decision" and MOTION_BY_RE.match(text) and (post := _motion_post(text)):
        return [post]  # "Motion by X, seconded by Y, to direct the City Attorney to draft …": the post acts
    if kind == "proposal" and (proposed := MEMBER_PROPOSED_RE.match(text)):
        # "Cllr A proposed, seconded by Cllr B, that the Clerk obtain quotes …": the Clerk, never the mover
        actor = _resolution_actor(text[proposed.end() :])
        if actor and not is_resolving_body(actor, (committee, doc_body)):
            return resolve_owner(actor, initials)
        suggested = " suggested" in proposed.group(0) and proposed["proposer"] not in NOT_OWNERS  # not "She"
        return resolve_owner(proposed["proposer"], initials) if suggested else []
    if kind == "decision" and (moved := MOVED_RE.match(text)):
        if delegate := _motion_post(text):
            return [delegate]  # "moved that the Board authorize the County Administrator to execute …"
        if moved["body"]:
            return [moved["body"]]
        clause = text[moved.end() :] if moved.group(0).rstrip().endswith("that") else ""
        if (actor := _resolution_actor(clause) if clause else None) and not is_resolving_body(
            actor, (committee, doc_body)
        ):
            return resolve_owner(actor, initials)  # "Councillor X moved that the Clerk obtain quotations …": the Clerk
        # "Mayor Kibbey moved to adjourn the meeting" (the council's own procedure) and "… moved that the hearing be
        # continued" (as "That … be …" resolutions): the council's; "X made a motion to adopt Resolution 2025-312"
        # names nobody who acts on it
        councils = PROCEDURAL_MOTION_RE.search(text) or MOVED_THAT_BE_RE.search(text)
        return ["Council"] if councils and committee and committee.endswith("Council") else []
    if kind == "decision" and (had := HAVE_IT_DONE_BY_RE.match(text)) and _bodies_or_roles(had["owner"]):
        return [had["owner"]]  # "Voted to have the Finance Department contact the actuary …": the Department acts
    if kind == "decision" and PUT_OFF_RE.match(text):  # "Continued to September 17, 2018.": the meeting's body
        return [committee.split()[-1]] if committee else []
    if kind == "decision" and PASSIVE_DECISION_RE.search(text) and not BODY_DECISION_RE.match(text):
        # "The accounts were approved", "… were elected to the Board roles" name nobody to act (README Stop 25);
        # "A request was accepted to place … to the April 16, 2024 Council meeting": the body acts at that meeting
        head = committee.split()[-1] if committee else None
        return [head] if head and _deferred_to_meeting_of(head, text) else []
    if kind == "proposal" and (body := BODY_DECISION_RE.match(text)):
        return [body["body"] or body["acronym"]]
    if kind == "decision" and (body := BODY_DECISION_RE.match(text)) and AGREED_TO_STEP_RE.match(text, body.end()):
        return [body["body"] or body["acronym"]]  # "The Panel AGREED to write to the operator": the Panel writes
    if kind == "decision":
        # "After discussion, it was agreed that the National Secretary should be in contact with …": who acts
        agreed = AGREED_THAT_RE.search(text)
        labelled = DECISION_LABEL_RE.match(sentence.text)  # "DECISION: That the Waste Services Manager report …"
        clause = text[agreed.start() :] if agreed else (text if labelled else None)
        if clause is None and (body_agreed := BODY_AGREED_THAT_RE.match(text)):
            clause = text[body_agreed.end() :]  # "Governors agreed that the Finance Director would present …"
        actor = _resolution_actor(clause) if clause else _instructed_post(text)  # "Decision: to instruct X to …"
        if actor is None and clause is None and OUTCOME_LABEL_RE.match(sentence.text):
            actor = _labelled_step_owner(text)  # "Outcome: the Booking Secretary to update …": the one the step names
        if actor is None and clause is None and " to be " in text:
            actor = to_be_done_by(text)  # "The agreement is to be finalised by Senior Officials …": its agent acts
        return resolve_owner(actor, initials) if actor and not is_resolving_body(actor, (committee, doc_body)) else []
    if passive and (by := BY_ROLE_RE.search(text)):
        return _with_margin([by["owner"]], sentence, initials, agent=True)  # "… confirmed by the Clerk to the Board"
    speaker = POST_CONFIRMED_STEP_RE.match(text) if kind in ("action", "commitment") else None
    if speaker and is_post(speaker["post"]):
        return resolve_owner(speaker["post"], initials)  # "The Chair confirmed that a reply would be sent": the Chair
    if kind in ("action", "commitment") and (agent := _passive_agent(text)):
        # "will be drafted by Cllr Nair": the Councillor drafts it
        return _with_margin(resolve_owner(agent, initials), sentence, initials, agent=True)
    if passive and (confirmed := CONFIRMED_ACRONYM_RE.search(text) or CONFIRMED_BODY_RE.search(text)):
        owner = strip_title(confirmed["owner"])
        if _looks_like_owner(owner) or _bodies_or_roles(owner):
            return resolve_owner(owner, initials)  # "BEAR has confirmed a sign will be placed …": BEAR does it
    if (by := DONE_BY_RE.search(text)) and _bodies_or_roles(by["owner"]) and NOUN_TO_BE_RE.match(text):
        return [by["owner"]]  # "Minutes to be approved by Council at the next meeting": Council acts
    label = ACTION_LABEL_RE.match(sentence.text.strip())
    if label and label["owner"] and _owner_words(label["owner"].strip()):  # "ACTION (SJ): obtain quotes"
        return resolve_owner(label["owner"].strip(), initials)
    if label and (before_colon := colon_owner(label["text"].strip())):  # "Action – Clerk/Chair: to write …"
        return resolve_owner(before_colon, initials)
    if kind == "action" and (put_to := step_put_to(text)):
        return resolve_owner(put_to, initials)  # "The clerk has been asked to …", "Direction given to staff to …"
    if kind == "action" and not doc._.action_owner and (mid_asked := _mid_asked_owner(text)):
        return resolve_owner(mid_asked, initials)  # "…, but staff was directed to return the item …": staff
    if kind == "action" and not doc._.action_owner and ASKED_HINT_RE.search(text) and (asked := _asked_owner(text)):
        return resolve_owner(asked, initials)
    if kind == "action" and sentence.margin_owner and (owner := owner_of(text)) and WISH_RE.match(text, len(owner)):
        return resolve_owner(sentence.margin_owner, initials)  # "IJ would like someone to … ACTION MM": MM acts
    if kind == "action" and (bracketed := BRACKETED_SUBJECT_RE.match(text)):
        # "A sub committee (GD, DN PW& KC) is to meet …": each initials, however the list is punctuated
        return resolve_owner(", ".join(re.findall(r"[A-Z]\w+", bracketed["owner"])), initials)
    if kind == "action" and (labelled := name_label_owner(text)):
        return resolve_owner(labelled, initials)  # "Priya: draft the report …"
    if kind == "action" and owner_of(text) is None and (step_owner := so_owner(text)):
        return resolve_owner(step_owner, initials)  # "…, so Duncan to send out the figures."
    if kind == "action" and owner_of(text) is None and (bracketed := bracketed_task_owner(text)):
        return resolve_owner(bracketed, initials)  # "… is out of date (Dave to email governors)."
    if kind == "action" and not (doc._.action_owner or sentence.margin_owner) and (led := led_post_step(text)):
        return resolve_owner(led, initials)  # "B) Clerk to follow up …", "…, the Clerk to contact …": the Clerk
    unlabelled = not (doc._.action_owner or sentence.margin_owner)
    if kind in ("action", "commitment") and unlabelled and (agent := to_be_done_by(text)):
        return resolve_owner(agent, initials)  # "… to be set up by the Clerk": the Clerk sets it up
    if (
        kind == "action"
        and not doc._.action_owner
        and _member_initials(sentence, initials)
        and (agent := to_be_done_by(text) or _discussed_by_body(text))
    ):  # "To be discussed by Ayton History Society committee.   RA": the body and the member in the column
        return _with_margin(resolve_owner(agent, initials), sentence, initials, agent=True)
    if (
        doc._.action_owner
        and _member_initials(sentence, initials)
        and is_resolving_body(doc._.action_owner, (committee, doc_body))
    ):  # "The Council should write to the landowner …. RF Action.": the member the label names acts for it
        owners += resolve_owner(sentence.margin_owner, initials)
    elif doc._.action_owner:
        owners += resolve_owner(doc._.action_owner, initials)
        owners += [name for gapped in _gapped_owners(text, initials) for name in resolve_owner(gapped, initials)]
        for later in split_sentences(text)[1:]:  # "X to share …. ShEx to provide a report …"
            owners += resolve_owner(other, initials) if (other := owner_of(later)) else []
    elif kind in ("action", "commitment") and (
        mid := mid_commit(text)
        or subject_commit(text)
        or _reported_commit(text)
        or (SEMICOLON_OWNER_RE.search(text) or SEMICOLON_PRONOUN_RE.match(text) if ";" in text else None)
        or (INITIALS_WILL_BE_RE.match(text) if " be " in text else None)
        or (conjoined_owner(text) if " will " in text or " would " in text else None)
    ):
        owners += resolve_owner(mid["owner"], initials)
    elif kind == "commitment" and (actor := _that_commit_actor(text) or body_will_step(text)):
        owners += resolve_owner(actor, initials)
    elif kind == "action" and sentence.margin_owner:
        owners += resolve_owner(sentence.margin_owner, initials)
    if not owners and kind in ("action", "commitment") and (lower_body := LOWER_BODY_SUBJECT_RE.match(text)):
        owners.append(lower_body["owner"])
    if (
        not owners
        and kind == "action"
        and ACTION_LABEL_RE.match(sentence.text.strip())
        and (labelled_post := LABELLED_LOWER_POST_RE.match(text))
    ):
        owners.append(labelled_post["owner"])  # "Action: secretariat to prepare a draft letter;"
    if not owners and kind in ("action", "commitment") and (lead := LEAD_CLAUSE_OWNER_RE.match(text)):
        owners += resolve_owner(lead["owner"], initials)  # "For items that …, staff will send out …": staff
    named = BRACKETED_OWNER_RE.search(text)
    if named and named["owner"] in NOT_MARGIN_OWNERS:
        named = None  # "… about the hedge [AOB].", "(TBC)": what a bracket prints where no one is named
    subject = subject_owner(text) if not owners and kind == "action" and strong and not passive else None
    if subject and sentence.in_action_list and owner_of(text) is None:
        subject = None  # "Next steps: 1. Send a press release …": the list's step names nobody
    if subject and re.match(r"[A-Z][a-z]+\s+with\s", subject) and named:
        subject = None  # "Work with Local Open Data Group … (Steve Peters)": an instruction to the named person
    if subject and NOUN_TO_BE_RE.match(text) and not (_looks_like_owner(subject) or _bodies_or_roles(subject)):
        subject = None  # "Matter to be listed at next meeting": a thing to be done, nobody named
    if subject and (not named or _looks_like_owner(subject)):  # not "Work" in "Work with … (Steve Peters)"
        owners += resolve_owner(subject, initials)
        for later in split_sentences(text)[1:]:  # "Board members to be involved …. ShEx to provide a report …"
            owners += resolve_owner(other, initials) if (other := owner_of(later)) else []
    if named and named["label"]:
        owners = resolve_owner(named["owner"], initials)  # "The Secretariat will … (Action: PH).": the label decides
    elif named:  # "LGA to present (Gesche Schmid).", "The Clerk will order … (Clerk/Chair)": the Clerk once
        known = {re.sub(r"^the\s+", "", owner.casefold()) for owner in owners}
        owners += [owner for owner in resolve_owner(named["owner"], initials) if owner.casefold() not in known]
    if not owners and not passive:
        owners += [strip_title(ent.text) for ent in doc.ents if ent.label_ == "PERSON" and not _thanked(text, ent)][:1]
    if kind in ("action", "commitment") and owners:
        owners = _with_margin(owners, sentence, initials)  # "SB Local will arrange …" beside "RB": both
    return owners


# "It was decided not to place a litter bin …", "It was agreed not to pursue …": a decision that nothing be done, with
# no later step in the sentence ("… and the Clerk to inform the applicant" names one).
DECIDED_NOT_TO_RE = re.compile(
    r"^It\s+was\s+(?:agreed|decided|resolved)\s+not\s+to\s+[a-z]{3,}(?![^.;]*\band\s+(?:the\s+)?[A-Z])[^;]*$"
)


def _with_margin(owners: list[str], sentence: Sentence, initials: dict[str, str], *, agent: bool = False) -> list[str]:
    """The owners the text names, and the member the column prints beside it when that is someone else; ``agent``:
    the owners are a passive step's agent ("… to be confirmed by the Clerk to the Board" beside "NS")."""
    margin = sentence.margin_owner
    if not owners or not margin or not _margin_adds(owners, margin, initials, agent=agent, text=sentence.text):
        return owners
    return owners + resolve_owner(margin, initials)


# "… will be discussed by the Kingsmead History Society committee": a body as the agent of a passive step.
DISCUSSED_BY_BODY_RE = re.compile(
    r"\bbe\s+(?:discussed|considered|looked\s+at|taken\s+up)\s+by\s+(?:the\s+)?"
    r"(?P<owner>(?:[A-Z][\w'’\-]*\s+){1,5}(?:[Cc]ommittee|Society|Group|Association|Trust|Council))\b"
)


def _discussed_by_body(text: str) -> str | None:
    found = DISCUSSED_BY_BODY_RE.search(text)
    return re.sub(r"\s+committee$", "", found["owner"]) if found else None


# The body's own procedure, which it owns (README stop 22): "That the meeting be adjourned", "That we resume to an
# open public meeting", "That this part of our meeting will be closed to the public", "… the public be excluded …".
OWN_PROCEDURE_RE = re.compile(
    r"\b(?:adjourn(?:ed|s)?|recess(?:ed)?|resume[sd]?|reconvene[sd]?|closed\s+to\s+the\s+public|"
    r"(?:closed|open|private|executive|in[\s-]camera)\s+(?:public\s+)?(?:session|meeting)|"
    r"(?:press\s+and\s+)?public\s+be\s+excluded|exclude\s+the\s+(?:press\s+and\s+)?public)\b",
    re.I,
)


def _resolution_owners(
    sentence: Sentence,
    text: str,
    initials: dict[str, str],
    committee: str | None,
    own_bodies: tuple[str | None, ...],
) -> list[str]:
    """A resolution's owners (README Stop 25): the delegate; another body it names ('RESOLVED that Cabinet be
    asked …'); the one it names to act ('… that the Clerk write to …', '… ask the Director to report …'); the body
    itself only for its own procedure ('That the meeting be adjourned'). The resolving body never owns what it
    resolves ('RESOLVED that the Panel note …', 'THAT we approve …')."""
    if delegate := delegated_to(text):  # "To delegate authority to the Chief Executive, …": who acts
        return [delegate]
    if carried := CARRIED_PROPOSAL_RE.match(text):  # "Cllr X proposed that the Clerk …, Cllr Y seconded, …"
        actor = _resolution_actor(carried["clause"])  # the one the proposal names to act, never its mover
        return resolve_owner(actor, initials) if actor and not is_resolving_body(actor, own_bodies) else []
    found = resolving_body_and_rest(text)
    if found and (asked := RESOLUTION_ASKS_RE.match(found[1])) and _bodies_or_roles(asked["owner"]):
        return resolve_owner(asked["owner"], initials)  # "That Council requests the CEO to prepare …": the CEO acts
    if found and not is_resolving_body(found[0], own_bodies):
        return [found[0]]
    if OWN_PROCEDURE_RE.search(text):
        if THAT_WE_RE.match(text):
            return ["Council"]
        if committee and (sentence.block or THAT_BE_RE.match(text)):
            return [committee]  # "That the meeting be adjourned": the meeting's body moved it
    actor = _resolution_actor(found[1] if found else text)  # "… that the Clerk would seek quotes": the Clerk acts
    if actor and not is_resolving_body(actor, own_bodies):
        return resolve_owner(actor, initials)
    later = None if found else _later_clause_body(text)  # "…, the Parish Council will be using …": it acts
    if later:
        return resolve_owner(later, initials)
    # "It was RESOLVED to ask … . All in favour. Clerk to action.": the one the minutes set to act on it
    return resolve_owner(sentence.margin_owner, initials) if sentence.margin_owner else []


# "…, it was resolved to use a different solicitor, the Parish Council will be using …": the body named acting after
# the meeting in a clause of its own.
LATER_CLAUSE_BODY_RE = re.compile(
    r"[,;]\s{1,3}(?:and\s{1,3})?(?:the\s{1,3})?(?P<owner>(?:[A-Z][\w'’\-]*\s{1,3}){0,3}"
    r"(?:Council|Committee|Board|Panel|Cabinet|Partnership|Trust|Group))\s{1,3}"
    r"(?:will|would|shall|is\s{1,3}to|are\s{1,3}to)\s{1,3}(?:be\s{1,3}[a-z]{2,}ing|[a-z]{3,})\b"
)


def _later_clause_body(text: str) -> str | None:
    if not re.search(r"\b(?:resolved|agreed)\b", text, re.I):
        return None
    match = LATER_CLAUSE_BODY_RE.search(text)
    return match["owner"] if match else None


def _deferred_to_meeting_of(head: str, text: str) -> bool:
    """A later meeting of the body the decision puts the matter to: '… to the April 16, 2024 Council meeting'."""
    later_meeting = rf"\b(?:to|until)\s{{1,3}}the\s[^.;]{{0,40}}?\b{re.escape(head)}\s{{1,3}}meeting\b"
    return re.search(later_meeting, text) is not None


# "The Chair thanked Cllr Stamp for …", "welcomed Mr Lee to …": the person thanked or welcomed is spoken to, not one
# who acts on what follows.
THANKED_RE = re.compile(r"\b(?:thanked|thanks|thank|congratulated|welcomed)\s{1,3}(?:(?:to|the)\s{1,3})?$", re.I)


def _thanked(text: str, entity: Span) -> bool:
    start = entity.start_char
    before = text[max(0, start - 40) : start]
    if re.search(rf"(?:{TITLES})\.?\s{{1,3}}$", before):  # the title is outside the entity: "thanked Cllr Stamp"
        before = re.sub(rf"(?:{TITLES})\.?\s{{1,3}}$", "", before)
    return THANKED_RE.search(before) is not None


# "It was also agreed AW or IB should manage …", "it was agreed that DN and GD would …": members' initials as the
# subject of what was agreed, joined by "and", "or", "&", "/" or commas.
AGREED_MEMBERS_RE = re.compile(
    rf"\b(?i:{IT_WAS}(?:unanimously\s+)?agreed\s+(?:that\s+)?)"
    r"(?P<owners>[A-Z]{2,3}(?:\s{0,2}(?:,|/|&|and|or)\s{0,2}[A-Z]{2,3})*)\s+"
    r"(?:should|would|will|to)\s+[a-z]{3,}"
)


def _agreed_members(text: str, initials: dict[str, str]) -> list[str]:
    """The members (by initials the document defines) an 'it was agreed' sentence names as its subject."""
    match = AGREED_MEMBERS_RE.search(text) if "agreed" in text.lower() else None
    if match is None:
        return []
    members = re.findall(r"[A-Z]{2,3}", match["owners"])
    return members if members and all(member in initials for member in members) else []


# "RA to ascertain the cost of tree felling and JS the cost of an interpretation board": a second member's initials
# with the verb left out (gapping), the same step put to them.
GAPPED_OWNER_RE = re.compile(r"\s(?:and|&)\s(?P<owner>[A-Z]{2,3})\s(?:the|a|an)\s[a-z]")


# "JT to circulate the draft policy and PCC to go through this and amend as necessary": a second owner with a step of
# its own, mid-sentence (not a party the step is done with: "… a meeting between the Board, DfT and ATOC to build …").
SECOND_OWNER_STEP_RE = re.compile(
    rf"\s(?:and|&)\s(?P<owner>[A-Z]{{2,5}}|the\s(?:{ROLES}))\sto\s(?!(?:be|the|a|an|its|their|this)\b)[a-z]{{2,}}\b"
)
WITH_PARTIES_RE = re.compile(r"\b(?:with|between|among|amongst)\b")


def _gapped_owners(text: str, initials: dict[str, str]) -> list[str]:
    """Later owners of an 'X to …' line: a member's initials with the verb left out, or an owner with a step of its
    own ('… and PCC to go through this')."""
    if not (first := OWNER_VERB_RE.match(text)):
        return []
    gapped = [match["owner"] for match in GAPPED_OWNER_RE.finditer(text) if match["owner"] in initials]
    second = SECOND_OWNER_STEP_RE.search(text, first.end())
    if second and not WITH_PARTIES_RE.search(text, first.end(), second.start()):
        gapped.append(second["owner"].removeprefix("the "))
    return gapped


def _margin_adds(
    owners: list[str], margin: str, initials: dict[str, str], *, agent: bool = False, text: str = ""
) -> bool:
    """The column's initials add the member they name to owners the text names that are bodies ("SB Local will
    arrange …" beside "RB"), or a post as a passive step's agent (``agent``: "… to be confirmed by the Clerk to the
    Board" beside "NS", as the Suffolk Libraries 2013 gold keeps both), or another member beside a member the text
    names ("KC agreed to …" beside "GD", the tune Ayton 2013 gold; "JS would forward the papers to JF …" beside "JF",
    the dev Ayton 2017 gold: the golds join text owner and margin owner, stop 29); beside a post the text names as
    its subject ("The Chair will convey …", the Suffolk Libraries 2012 tune gold) they are a note, not a second
    owner. The same member again, a post or "All" in the column adds nothing."""
    parts = [part.strip() for part in re.split(r"[,/&]", margin) if part.strip()]
    if not parts or not all(LONE_INITIALS_RE.fullmatch(part) for part in parts):
        return False
    words = set(re.findall(r"[A-Z][A-Za-z]{1,3}\b", text))
    member = any(owner in initials or owner in initials.values() for owner in owners)
    if member and not (set(parts) <= initials.keys() or set(parts) <= words):
        return False  # beside a member: another member the list or the text names ("SC", a sub-committee, is none)
    if not agent and any(ROLE_RE.fullmatch(owner) for owner in owners):
        return False
    named = set(owners) | {_initials_of(owner) for owner in owners}
    return not any(part in named or initials.get(part) in named for part in parts)


def _initials_of(name: str) -> str:
    """'Kenny Carr' -> 'KC' (a person's name as the column would print it)."""
    words = strip_title(name).split()
    return "".join(word[0] for word in words) if 2 <= len(words) <= 3 else name


# "It was suggested that all CC members should attend": the members a suggestion puts the step to.
SUGGESTED_GROUP_RE = re.compile(
    r"\bthat\s+(?:all\s+)?(?:the\s+)?(?P<owner>(?:[A-Z][\w'’\-]*\s+)?(?:members|councillors|trustees|directors|"
    r"officers|volunteers))\s+(?:should|could|might|would)\s"
)


AGREED_TO_STEP_RE = re.compile(  # spaces bounded: "\s+to" is quadratic when searched along a run of spaces
    r"\s{1,3}to\s{1,3}(?:write|send|invite|ask|arrange|hold|seek|contact|circulate|publish|provide|review|establish|"
    r"set\s+up|commission|request|consult|meet|raise|report|inform|notify|"
    # deferring or remitting an item is the body's own procedure, which it owns (README stops 22 and 25)
    r"defer|remit|postpone)\b"
)

# What a body agrees to do at the meeting itself: "agreed to adopt the Financial regulations", "to note the report";
# a payment it authorises ("Members agreed to make payment to Mr X …", as "The Councillors resolved to pay all of the
# above" is owned by nobody in the Newbiggin gold).
AGREED_AT_MEETING_RE = re.compile(
    r"\s{1,3}to\s{1,3}(?:adopt|approve|accept|note|receive|endorse|ratify|confirm|support|agree|pay|spend|fund|"
    r"make\s{1,3}(?:a\s{1,3})?payments?|grant|donate|award)\b"
)


def _agreed_at_meeting(body: re.Match[str], text: str, own_bodies: tuple[str | None, ...]) -> bool:
    """The resolving body agreeing to adopt, approve, accept, note or receive something, with no later step (not
    'agreed to adopt the plan and to write to SCC'): the body never owns its own decision (README stop 25)."""
    name = body["body"] or body["acronym"]
    return (
        is_resolving_body(name, own_bodies)
        and AGREED_AT_MEETING_RE.match(text, body.end()) is not None
        and AGREED_TO_STEP_RE.search(text, body.end()) is None
    )


DECISION_LABEL_RE = re.compile(r"\s{0,3}(?i:decisions?)\s{0,3}[:\-–]\s{0,3}(?:[Tt]hat\s)")
AGREED_THAT_RE = re.compile(rf"\b{IT_WAS}(?:unanimously\s+)?agreed\s+that\s+(?=[a-z])", re.I)

# "Voted to have the Finance Department contact …": the body the decision gets to act
HAVE_IT_DONE_BY_RE = re.compile(
    r"^Voted\s{1,3}(?:unanimously\s{1,3})?to\s{1,3}have\s{1,3}(?:the\s{1,3})?"
    r"(?P<owner>[A-Z][\w'’\-]*(?:\s{1,3}[A-Z][\w'’\-]*){0,3}|staff)\s{1,3}(?!be\b)[a-z]{3,}\b"
)

# "Governors agreed that the Finance Director would present …", "The Combined Authority agreed that officers would
# report back …": the meeting's body agreeing that someone else acts (corpus/gold/README.md "Resolution owners": the
# one named to act owns it).
BODY_AGREED_THAT_RE = re.compile(r"^[^,;]{2,60}?\s(?i:agreed|decided|resolved)\s+that\s+(?=(?:the\s+)?[A-Za-z])")

# "… of the Joint Committee", "… of the Council": a post's body named by its kind, as minutes name their own posts
OWN_KIND_OF_BODY_RE = re.compile(
    r"\bof\s+the\s+(?:[A-Z][\w'’\-]*\s+){0,3}(?:Committee|Board|Panel|Council|Cabinet|Group|Meeting|Forum|"
    r"Commission|Partnership|Trust|Authority)$"
)

SUBJUNCTIVE_ACTOR_RE = re.compile(
    # up to seven words: "the Strategic Director of Adult Care and Wellbeing continues to provide …"
    # "the Chief Executive of the OPCC provide …": a post named with its body after "of the" (a preposition is no verb)
    rf"^(?:[Tt]he\s+)?(?P<owner>(?:(?:{TITLES})\s+)?[A-Z][\w'’\-]*"
    r"(?:\s+(?:of|for|and|&|(?<=of\s)the(?=\s+[A-Z])|[A-Z][\w'’\-]*)){0,6}?)\s+"
    r"(?:be\s+(?:asked|instructed|authori[sz]ed|requested|directed|delegated)\s+to\s+[a-z]{3,}|"
    r"(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|and\b|or\b|of\b|for\b|in\b|at\b|on\b|with\b|by\b|from\b)"
    r"[a-z]{2,}(?<!ed)\s+"
    r"(?:to|the|a|an|with|for|on|all|each|every|any|his|her|their)\b|"
    # "that the Chief Executive report progress …": a task verb in the subjunctive takes a bare object
    r"(?:report|write|provide|prepare|arrange|circulate|publish|review|bring|present|investigate|consult|seek|"
    r"submit|produce|monitor|obtain|contact|draft|order)\s+[a-z]{3,}|"
    # Welsh and older English minutes print the verb in the present: "that the Clerk obtains quotations …"
    r"[a-z]{3,}(?<![su]s)s\s+(?:£\d|[a-z]{4,}\b))"
)

# "requested that faculties report on …", "asked that officers provide …": a group named in lower case acts (or
# with its body before it: "Board members should ensure …").
GROUP_SUBJUNCTIVE_RE = re.compile(
    r"^(?:all\s+)?(?:the\s+)?(?P<owner>(?:(?:Board|Committee|Council|Panel)\s)?(?:officers|staff|faculties|"
    r"departments|schools|services|members|councillors|trustees|directors|partners))\s+(?:should\s+|would\s+)?"
    r"(?!be\b|are\b|were\b|had\b|have\b)[a-z]{3,}(?<!ed)\s"
)

# "The hiring committee will recommend a finalist …": a committee of the body named in lower case acts (not "the
# whole committee", the meeting itself).
LOWER_BODY_SUBJECT_RE = re.compile(
    r"^[Tt]he\s+(?!(?:whole|full|entire|same)\b)(?P<owner>(?:[a-z][a-z\-]+\s+){1,2}"
    r"(?:committee|sub-committee|subcommittee|working\s+group|group|panel)|secretariat|clerk|secretary|treasurer)"
    r"\s+(?:will|would|to|agreed\s+to)\s+[a-z]{3,}"
)

# "Action: secretariat to prepare a draft letter;": after an action label, a post printed in lower case as the subject
# of the step (in running prose a lower-case subject is rarely an owner; under the label it is the one named).
LABELLED_LOWER_POST_RE = re.compile(
    r"(?P<owner>secretariat|clerk|secretary|treasurer|officers|staff|chair|chairman|chairperson)\s++(?:to|will)\s++"
    r"(?!be\b)[a-z]{3,}"
)

# "For items that will require Board consensus, staff will send out …": a condition first, then who acts.
LEAD_CLAUSE_OWNER_RE = re.compile(
    rf"^(?:For|Where|When|If|Once|Before|After)\s[^,;]{{3,120}},\s+(?:[Tt]he\s+)?(?P<owner>{ROLES})\s+"
    r"(?:will|would|to)\s+(?!be\b)[a-z]{3,}"
)

# "… and that the Clerk invites …", "… and that Mr Gale would make the changes …": a later clause's actor
AND_THAT_RE = re.compile(
    rf"\s(?:and|AND)\s+(?:that|THAT)\s+(?=[Tt]he\s+[A-Z]|(?:staff|officers|officials)\s|(?:{TITLES})\s+[A-Z])"
)

# "The Chair confirmed that a written response would be sent in due course", "The Town Clerk noted that any comments
# would be incorporated into …": a post telling the meeting of a step it will see done, nobody else named, owns it.
POST_CONFIRMED_STEP_RE = re.compile(
    r"^(?:In\s+response\s+to\s+[^,]{3,60},\s+)?(?:The\s+)?(?P<post>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’\-]*){0,5})\s+(?:confirmed|advised|indicated|explained|noted|stated|reported)\s+that\s+"
    r"(?!(?:he|she|they|it|there)\b)[^.;]*?\b(?:would|will)\s+be\s+[a-z]{3,}(?:ed|en|t)\b(?!\s+by\b)"
)


# "Members requested that …", and a correspondence list's "SBC – Review of Polling Districts. Request that SBC …"
THAT_CLAUSE_RE = re.compile(r"(?:\b(?:requested|asked|proposed|recommended|suggested)|^[Rr]equests?)\s+that\s+")


# "… asked that the Clerk write to X and the Chair add the item …", "… and that the Treasurer report …": a second post
# the same request puts a step to
AND_SUBJUNCTIVE_RE = re.compile(r"\s(?:and|AND)\s{1,3}(?P<that>that\s{1,3})?(?=[Tt]he\s{1,3}[A-Z])")
# without a second "that", only a task verb makes the post an actor (not "write to the Council and the Parish Council
# about the verge", a second addressee)
SECOND_STEP_VERB_RE = re.compile(
    r"\s(?:add|arrange|ask|attend|bring|chase|check|circulate|confirm|consult|contact|draft|email|find|include|inform|"
    r"investigate|invite|liaise|monitor|obtain|order|place|prepare|present|produce|provide|publish|put|raise|report|"
    r"review|seek|send|speak|submit|update|write)\b"
)


# "requested that given the resource issues that the Director attend …", "asked that, in view of the delays, the Clerk
# write …": a reason set between the request's "that" and who it puts the step to.
INTERPOSED_REASON_RE = re.compile(
    r",?\s*(?:given|in\s+view\s+of|in\s+light\s+of|owing\s+to)\s+[^,.;]{3,160}?(?:,\s+(?:that\s+)?|\s+that\s+)"
    r"(?=(?:the\s+)?[A-Z])"
)


# "that the Executive Director of Resources and the Director of Customer Experience attend …": the first of two posts
# a request's step is put to (the second is found as a later "and the X <verb>" is).
FIRST_OF_TWO_POSTS_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:of|for|&|(?<=of\s)the(?=\s+[A-Z])|[A-Z][\w'’\-]*)){0,5})"
    r"\s+and\s+the\s+[A-Z]"
)


def _request_actors(text: str, actor: str, initials: dict[str, str]) -> list[str]:
    """The first actor a request's 'that' clause names, and each post a later '… and (that) the X <verb> …' puts a
    step to."""
    owners = resolve_owner(actor, initials)
    match = THAT_CLAUSE_RE.search(text)
    if match is None:
        return owners
    clause = text[match.end() :]
    if reason := INTERPOSED_REASON_RE.match(clause):
        clause = clause[reason.end() :]
    for also in AND_SUBJUNCTIVE_RE.finditer(clause):
        second = SUBJUNCTIVE_ACTOR_RE.match(clause[also.end() :])
        if second is None or not _bodies_or_roles(second["owner"]) or re.search(r"\sThe\s", second["owner"]):
            continue
        verb_at = also.end() + second.end("owner")
        if not also["that"] and not SECOND_STEP_VERB_RE.match(clause, verb_at):
            continue
        owners += [name for name in resolve_owner(second["owner"], initials) if name not in owners]
    return owners


def _that_clause_actor(text: str) -> str | None:
    """Who a request puts the work to: 'requested that officers provide …' -> 'officers'."""
    match = THAT_CLAUSE_RE.search(text)
    if match is None:
        return None
    clause = text[match.end() :]
    if reason := INTERPOSED_REASON_RE.match(clause):
        clause = clause[reason.end() :]  # "requested that, given the backlog, the Director attend …": the Director
    owner = owner_of(clause)
    if owner and _named_commitment(clause, owner, True):
        return owner
    subjunctive = SUBJUNCTIVE_ACTOR_RE.match(clause) or re.match(
        rf"^(?:[Tt]he\s+)?(?P<owner>(?:{ROLES}))\s+[a-z]{{3,}}s?\b", clause
    )
    if subjunctive and (
        _bodies_or_roles(subjunctive["owner"])
        or re.match(rf"(?:{TITLES})\s", subjunctive["owner"])
        or re.fullmatch(r"[A-Z]{2,6}", subjunctive["owner"])  # "that SBC investigate whether …": a body's capitals
        or _looks_like_owner(subjunctive["owner"])  # "asked that Petra Pym write to …": a member named in full
    ):
        return subjunctive["owner"]
    if group := GROUP_SUBJUNCTIVE_RE.match(clause):
        return group["owner"]
    if (first := FIRST_OF_TWO_POSTS_RE.match(clause)) and is_post(first["owner"]):
        return first["owner"]  # "that the Executive Director of Resources and the Director of X attend …"
    agent = REQUESTED_AGENT_RE.search(clause)  # "asked that costs … could be recognised or supported by SCC"
    return agent["owner"] if agent and (_bodies_or_roles(agent["owner"]) or _named_owner(agent["owner"])) else None


# (matched after the owner; spaces from where their run starts, taken whole)
GIVEN_NAME_STEP_RE = re.compile(r"(?<!\s)\s++(?:would|should)\s++(?!(?:be|like|have|need)\b)[a-z]{3,}\b")
PARTICIPLE = r"(?:[a-z]{3,20}(?:ed|en)|met|paid|made|sent|led|held|kept|set|done|run|brought|sought|bought)"
# The agent of the step a request asks for in the passive: "… could be recognised or supported by SCC".
REQUESTED_AGENT_RE = re.compile(
    rf"\bbe\s{{1,3}}{PARTICIPLE}(?:\s{{1,3}}(?:and|or)\s{{1,3}}{PARTICIPLE})?\s{{1,3}}by\s{{1,3}}(?:the\s{{1,3}})?"
    r"(?P<owner>[A-Z][\w'’\-]*(?:\s{1,3}[A-Z][\w'’\-]*){0,3})"
)

# "… and that IB be authorised to use SCC …", "that the Treasurer be asked to obtain …": the one a proposal or
# decision mandates to act.
MANDATED_RE = re.compile(
    r"\b(?:that|THAT)\s{1,3}(?:the\s{1,3})?(?P<owner>[A-Z][\w'’\-]*(?:\s{1,3}[A-Z][\w'’\-]*){0,3}|staff|officers|officials)"
    r"\s{1,3}be\s{1,3}"
    r"(?:asked|instructed|authori[sz]ed|requested|directed|tasked)\s{1,3}to\s{1,3}[a-z]"
)


def _mandated_actor(text: str, initials: dict[str, str], own_bodies: tuple[str | None, ...]) -> str | None:
    """The member, post or other body a 'that X be authorised/asked to …' clause names (not the resolving body)."""
    for match in MANDATED_RE.finditer(text):
        owner = match["owner"]
        if is_resolving_body(owner, own_bodies):
            continue
        if owner in initials or _bodies_or_roles(owner) or _named_owner(owner):
            return owner
    return None


# A resolution's part that puts the work to a post or body: "requests the Policy Officer to investigate …".
RESOLUTION_ASKS_RE = re.compile(
    r"(?:requests?|asks?|instructs?|directs?|invites?|authori[sz]es?)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){0,5}?|staff|officers)\s+to\s+[a-z]{2,}"
)


# A post printed in lower case before the group it serves, which a resolution mandates to act.
LOWER_POST_MANDATED_RE = re.compile(
    r"^(?:the\s)?(?P<owner>[a-z]{4,20}\sof\sthe\s[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,5})\s"
    r"be\s(?:asked|instructed|authori[sz]ed|requested|directed)\sto\s[a-z]"
)


# "Be it resolved that …" (an Ontario council's resolution), "THAT …": the words before the resolution's clause
RESOLUTION_OPENING_RE = re.compile(r"^(?:be\s+it\s+(?:further\s+|therefore\s+)?resolved\s+)?that\s+", re.I)

# "That the Chief Executive, in consultation with the Mayor, be authorised …": an aside between the post and its verb
CONSULTATION_ASIDE_RE = re.compile(r",\s{1,3}(?:in\s+consultation|in\s+conjunction|jointly)\s+with\s[^,;]{1,120},\s")

# "Council receives the report and requests the CEO to write …", "Council directs the Chief Executive to seek …": the
# resolving body, and perhaps what it first does at the meeting, before the part that puts work to a post
BODY_THEN_ASKS_RE = re.compile(
    r"^(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}\s+)?(?:[a-z]{3,}\s[^.;]{1,120}?\s(?:and|AND)\s+)?"
    r"(?=(?:requests?|asks?|instructs?|directs?|authori[sz]es?)\s)"
)

# "… staff be directed to proceed with the tender …": a group named in lower case mandated to act
GROUP_MANDATED_RE = re.compile(
    r"^(?:the\s+)?(?P<owner>staff|officers|officials)\s+be\s+(?:asked|instructed|authori[sz]ed|requested|directed)\s+"
    r"to\s+[a-z]"
)


# "that the application be deferred to allow officers to negotiate …": a planning committee's deferral puts work to
# the officers (or a post) it names.
DEFERRED_TO_ALLOW_RE = re.compile(
    r"\bbe\s(?:deferred|adjourned)\b[^.;]{0,80}?\sto\s(?:allow|enable|permit)\s(?:the\s)?"
    r"(?P<owner>[Oo]fficers|[Ss]taff|[A-Z][\w'’\-]*+(?:\s(?:(?:of|for|and|&)\s)?[A-Z][\w'’\-]*+){0,5})\sto\s[a-z]{3,}"
)

# "the Chair and Mr Gale": a titled member among the agents of a step
TITLED_IN_OWNERS_RE = re.compile(rf"(?:^|\s)(?:{TITLES})\s+[A-Z]")

# "that the Constitution be amended by the Monitoring Officer to give effect to …": the agent of a step the resolution
# gives in the passive acts (not the minutes "signed by the Chair" or a motion "seconded by" a member).
RESOLVED_BY_AGENT_RE = re.compile(
    r"^[^.;]{1,120}?\sbe\s(?!(?:signed|noted|received|seconded|proposed|moved|agreed|approved|confirmed|supported|"
    r"accepted|endorsed|considered|welcomed|adopted|ratified)\b)(?:[a-z]{2,}ly\s)?[a-z]{3,}(?:ed|en)\sby\s"
    r"(?:the\s)?(?P<owner>[A-Z][\w'’\-]*(?:\s(?:(?:of|for|and|&)\s)?[A-Z][\w'’\-]*){0,5})"
)


# the last word of a body (not a post): "Cabinet", "the Council", "the Task and Finish Group"
BODY_HEAD_RE = re.compile(
    r"(?:Cabinet|Council|Committee|Board|Panel|Group|Forum|Partnership|Authority|Assembly|Members)$"
)


def _recommended_post(text: str, body: str) -> str | None:
    """The post a part of a recommendation put to ``body`` names as its subject ('the Head of Leisure provide …'), not
    a body ('Council approve …'), the body it is put to, nor a post the body asks ('ask the CFO to report …')."""
    actor = _resolution_actor(text)
    opening = re.sub(r"^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?", "", text)
    if actor is not None and not opening.startswith(re.sub(r"^[Tt]he\s+", "", actor)):
        return None  # "ask the Chief Finance Officer to report …": the body put to asks, the body owns it (round 24)
    same = actor.lower().removeprefix("the ") == body.lower().removeprefix("the ") if actor else False
    if actor is None or BODY_HEAD_RE.search(actor) or same:
        return None
    return actor if ROLE_RE.fullmatch(re.sub(r"^[Tt]he\s+", "", actor)) or _bodies_or_roles(actor) else None


DECIDED_THAT_RE = re.compile(r"(?:request(?:s|ed)?\s+)?(?=that\s)", re.I)


def _resolution_actor(text: str) -> str | None:
    """The owner a decision names as acting: 'It was agreed that the Clerk would seek …' -> 'the Clerk'."""
    resolved = RESOLVED_RE.match(text)
    inner = RESOLUTION_OPENING_RE.sub("", resolved["text"] if resolved else text)
    inner = CONSULTATION_ASIDE_RE.sub(" ", inner, count=1)  # "the Chief Executive, in consultation with …, be …"
    if group := GROUP_MANDATED_RE.match(inner):
        return group["owner"]  # "THAT staff be directed to prepare a report …"
    if (deferred := DEFERRED_TO_ALLOW_RE.search(inner)) and (
        deferred["owner"].lower() in ("officers", "staff") or _bodies_or_roles(deferred["owner"])
    ):
        return deferred["owner"]  # "the application be deferred to allow officers to negotiate …": the officers
    if (agent := RESOLVED_BY_AGENT_RE.match(inner)) and (
        _bodies_or_roles(agent["owner"])
        or (TITLED_IN_OWNERS_RE.search(agent["owner"]) is not None and _named_owner(agent["owner"]))
    ):
        # "the Constitution be amended by the Monitoring Officer …": the Monitoring Officer; "a joint letter … be
        # drafted by the Chair and Mr Gale": both
        return agent["owner"]
    if inner[:7].lower() == "request" and (requested := _that_clause_actor(inner)):
        return requested  # "2. Requests that the Strategic Director … continues to provide …": the Director
    if (instructed := INFINITIVE_INSTRUCTION_RE.match(inner)) and _bodies_or_roles(instructed["owner"]):
        return instructed["owner"]  # "It was agreed to request the CEO to write to the Minister …": the CEO
    if (body := BODY_THEN_ASKS_RE.match(inner)) and (asked := RESOLUTION_ASKS_RE.match(inner, body.end())):
        return asked["owner"] if _bodies_or_roles(asked["owner"]) else None  # "Council … requests the CEO to …"
    inner = re.sub(
        r"^([^,;]{1,60}?)\s+(?:should|shall)\s+(?=[a-z])", r"\1 would ", inner, count=1
    )  # "the Clerk should"
    if (asked := RESOLUTION_ASKS_RE.match(inner)) and _bodies_or_roles(asked["owner"]):
        return asked["owner"]  # "(b) requests the Policy Officer to investigate …": the post asked to act
    if (group := GROUP_SUBJUNCTIVE_RE.match(inner)) and " " in group["owner"]:
        return group["owner"]  # "Agreed that Board members should ensure a presence …": the members, not the Board
    owner = owner_of(inner)
    if owner is None and re.match(r"the\s+[A-Z]", inner):  # "the National Secretary should be in contact …"
        inner = inner[4:]
        owner = owner_of(inner)
    # "… that Judith will write to …", "It was agreed that Martin would produce …": a member by first name
    given_name = owner is not None and (
        _given_name_commits(inner, owner) or (owner in GIVEN_NAMES and GIVEN_NAME_STEP_RE.match(inner, len(owner)))
    )
    if owner and not (given_name or _named_commitment(inner, owner, True)):
        owner = None  # "It was agreed that Ayton CC should have 12 members": a rule, nobody to act
    if owner is None and (lower := LOWER_BODY_SUBJECT_RE.match(inner)):
        return lower["owner"]  # "The Panel agreed that the secretariat would draft a letter …": the secretariat
    if owner is None and (post := LOWER_POST_MANDATED_RE.match(inner)) and _bodies_or_roles(post["owner"]):
        return post["owner"]  # "the convener of the Civic Events Working Group be authorised to convene …"
    if owner is None and (subjunctive := SUBJUNCTIVE_ACTOR_RE.match(inner)):
        owner = subjunctive["owner"]  # "That the Clerk write to …", "the Clerk be instructed to obtain …"
        if re.search(r"\sThe\s", owner):
            return None  # "Addition The Clerk checked …": a heading run into the sentence, not a resolution's actor
        # "that the Leader write to …": a post known only after "the" ("the Leader") is a post here too
        post = _bodies_or_roles(owner) or _bodies_or_roles(f"the {owner}")
        if " of the " in owner and _bodies_or_roles(head := owner.split(" of the ")[0]):
            # "the Chief Executive of the OPCC": a post, then the other body it serves, kept; "the Chairperson of the
            # Joint Committee": the meeting's own kind of body, the post alone (round 76)
            return head if OWN_KIND_OF_BODY_RE.search(owner) else owner
        return owner if post or re.match(rf"(?:{TITLES})\s", owner) else None
    if owner is None and (agent := _passive_agent(inner)):
        return agent  # "It was agreed that the letter would be sent by Peter Lang": the agent acts
    if owner is None and (also := AND_THAT_RE.search(inner)):
        return _resolution_actor(inner[also.end() :])  # "that the event be held … and that the Clerk invites …"
    return owner if owner and (given_name or _named_owner(owner)) else None


def _classifier_threshold(nlp: Language) -> float:
    if "agendaparse_action_classifier" in nlp.pipe_names:
        return nlp.get_pipe("agendaparse_action_classifier").threshold
    return 0.5


# Components whose output for one sentence does not depend on the other sentences in its batch.
RULE_PIPES = {"sentencizer", "agendaparse_owner_ruler", "agendaparse_action_cues"}

CLASSIFIER_PIPE = "agendaparse_action_classifier"


def _annotated(
    nlp: Language, selected: list[tuple[Sentence, tuple[str, str, bool]]]
) -> Iterator[tuple[tuple[Sentence, tuple[str, str, bool]], Doc | None, float | None]]:
    """Each selected sentence with its doc and classifier score; the doc is None for a weak sentence
    the classifier turns down.

    With our own pipeline, the classifier scores every sentence first (in the batches
    ``nlp.pipe`` would give it) and only the sentences kept go through the rule components, as
    most candidates in a long pack are turned down. Any other pipeline runs as a whole.
    """
    if CLASSIFIER_PIPE not in nlp.pipe_names or not set(nlp.pipe_names) <= RULE_PIPES | {CLASSIFIER_PIPE}:
        docs = nlp.pipe(text for _, (_, text, _) in selected)
        for found, doc in zip(selected, docs, strict=True):
            yield found, doc, doc._.action_score if Doc.has_extension("action_score") else None
        return
    classifier = nlp.get_pipe(CLASSIFIER_PIPE)
    threshold = classifier.threshold
    scores = classifier.scores([text for _, (_, text, _) in selected], nlp.batch_size)
    for found, score in zip(selected, scores, strict=True):
        _, (_, text, strong) = found
        if not strong and score < threshold:
            yield found, None, score
            continue
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name != CLASSIFIER_PIPE:
                doc = component(doc)
        doc._.action_score = score
        yield found, doc, score


@dataclass(frozen=True)
class _Reading:
    """What the sentence reader needs of the document besides the sentence: its dates, initials and own body."""

    document_id: str
    meeting_date: dt.date | None = None
    next_meeting: dt.date | None = None
    dates: dict = field(default_factory=dict)  # the annual meeting's date and the document's date order
    initials: dict[str, str] = field(default_factory=dict)
    committee: str | None = None
    body: str | None = None
    church_meeting: dt.date | None = None  # a parochial church council's APCM
    by_month: frozenset[dt.date] = frozenset()  # annual meetings printed by their month only ("in May 2025")
    surnames: frozenset[str] = frozenset()  # members named in full or titled on the first pages ('Tara Tolland')
    given_names: frozenset[str] = frozenset()  # the first names of those the attendance list names ('Forrest Haynes')


def _reading(
    pages: list[PageLayout], document_id: str, meeting_date: dt.date | None, next_meeting: dt.date | None = None
) -> _Reading:
    all_text = "\n".join(page.text for page in pages)
    first_pages = "\n".join(page.text for page in pages[:3])
    jurisdiction = document_jurisdiction(first_pages, all_text)  # whose financial year (stop 35)
    month_first = document_month_first(first_pages, jurisdiction)
    if next_meeting is None:
        next_meeting = next_meeting_date(all_text, meeting_date, month_first=month_first)
    annual_meeting = (
        next_meeting_date(all_text, meeting_date, ANNUAL_MEETING_RE, month_first)
        if ANNUAL_HINT_RE.search(all_text)
        else None
    )
    dates = {"annual_meeting": annual_meeting, "month_first": month_first, "jurisdiction": jurisdiction}
    church = (
        next_meeting_date(all_text, meeting_date, CHURCH_MEETING_RE, month_first)
        if CHURCH_ANNUAL_RE.search(all_text)
        else None
    )
    by_month = frozenset(
        {
            day
            for day, pattern in ((annual_meeting, ANNUAL_MEETING_RE), (church, CHURCH_MEETING_RE))
            if day and not _annual_meeting_day(all_text, pattern, day, meeting_date, month_first)
        }
    )
    first_two = "\n".join(page.text for page in pages[:2])
    surnames = _full_name_surnames(pages) | frozenset(m["surname"] for m in TITLED_INITIAL_RE.finditer(first_two))
    return _Reading(
        document_id,
        meeting_date,
        next_meeting,
        dates,
        initials_map(pages),
        church_meeting=church,
        by_month=by_month,
        surnames=surnames,
        given_names=_listed_given_names(first_two),
    )


def _listed_given_names(text: str) -> frozenset[str]:
    """The first names of the people an attendance list on the first pages names in full ("Attendees: Forrest Haynes,
    Ron Birkett, …"): a board of trustees writes its members by first name ("Forrest will replace …"), and a first
    name no list of given names holds is theirs all the same."""
    names = set()
    for line in text.splitlines():
        if not ATTENDANCE_LABEL_RE.match(line.strip()):
            continue
        for person, _ in attendance_entries(line.strip()):
            words = (person or "").split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]{2,}", words[0]) and words[0] not in NOT_OWNERS:
                names.add(words[0])
    return frozenset(names)


# "Ms J Thorne", "Mr S. Gale": a member titled, with initials, as members lists print them
TITLED_INITIAL_RE = re.compile(rf"\b(?:{TITLES})\s(?:[A-Z]\.?\s){{1,2}}(?P<surname>{SURNAME})\b")


def _annual_meeting_day(
    text: str, pattern: re.Pattern[str], day: dt.date, meeting_date: dt.date | None, month_first: bool
) -> bool:
    """Whether the document prints the annual meeting's day (not only its month: "will be held in May 2025")."""
    return any(
        (value := parse_date(match["date"], reference=meeting_date, month_first=month_first)).date == day
        and value.precision == "day"
        for match in pattern.finditer(text)
    )


def find_actions(
    nlp: Language,
    pages: list[PageLayout],
    items: list[AgendaItem],
    document_id: str,
    meeting_date: dt.date | None,
    reader: ParagraphReader | None = None,
    *,
    facts: DocumentFacts | None = None,
    next_meeting: dt.date | None = None,
) -> list[Action]:
    """The actions of ``pages``; ``facts`` are those pages' :func:`~agendaparse.segment.document_facts`
    and ``next_meeting`` the date "by the next meeting" means, where the caller has them (else they are computed
    here)."""
    from ..segment import document_facts

    facts = (facts or document_facts(pages)) if pages else None
    reading = dataclasses.replace(
        _reading(pages, document_id, meeting_date, next_meeting),
        committee=facts.committee if facts else None,
        body=facts.body if facts else None,
    )
    minutes = facts is not None and facts.doc_type == "minutes"
    return [action for action, _ in _read(nlp, sentences(pages, items, reader, minutes=minutes), reading)]


NUMBERED_MARGIN_RE = re.compile(r"[A-Z]{2,3}\d")  # fullmatch: "MM1" in the column


def _numbered_initials_known(found: Iterable[Sentence], initials: dict[str, str]) -> Iterator[Sentence]:
    """The sentences, a column's numbered initials ("MM1") kept only where the attendance list gives them: elsewhere
    they are a plan's codes ("SO1", "SO2" beside a priority), no owner."""
    for sentence in found:
        parts = [part.strip() for part in re.split(r"[,/&]", sentence.margin_owner or "")]
        if any(NUMBERED_MARGIN_RE.fullmatch(part) and part not in initials for part in parts):
            sentence.margin_owner = None
        yield sentence


def _member_by_surname(
    sentence: Sentence, cue: tuple[str, str, bool], surnames: frozenset[str]
) -> tuple[str, str, bool]:
    """The cue made strong where a member the first pages name in full or titled is its owner by surname alone
    ('Tolland agreed to bring …', round nlp81)."""
    kind, text, strong = cue
    if strong or not sentence.in_minutes:
        return cue
    if member_surname_commits(text, surnames):
        return kind, text, True
    topic = RUN_IN_TOPIC_RE.match(text)  # "A. Landscaping - Forrest will replace …": the step after its topic
    if topic and member_surname_commits(rest := text[topic.end() :], surnames):
        return kind, rest, True  # read without the topic, as classification._after_topic reads a strong step
    return cue


def _dash_initials_listed(
    sentence: Sentence, cue: tuple[str, str, bool], initials: dict[str, str]
) -> tuple[str, str, bool]:
    """'CD – forward the draft …' is strong only where the members list gives the initials: 'CIL – review the
    spending priorities …' is a topic in capitals before its note."""
    kind, text, strong = cue
    step = _initials_dash_step(text) if strong and not ACTION_LABEL_RE.match(sentence.text.strip()) else None
    if step and not all(part in initials for part in re.split(r"\s*(?:/|&|and)\s*", step["owner"])):
        return kind, text, False
    return cue


def _without_imperative(text: str, owners: list[str]) -> list[str]:
    """The owners, less the imperative's own words read as a subject ('Chase the county' in "Chase the county to repair
    …", a step that names no one)."""
    imperative = BARE_IMPERATIVE_STEP_RE.match(text)
    if imperative is None:
        return owners
    verb = imperative["verb"]
    return [owner for owner in owners if owner.split()[0] != verb]


# A paragraph's decimal number before its text: "5.2 ", "10.3.1 ".
DECIMAL_PARAGRAPH_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+(?=[A-Z])")


def _unnumbered(text: str) -> str:
    return DECIMAL_PARAGRAPH_RE.sub("", text, count=1)


def _read(nlp: Language, found: Iterable[Sentence], reading: _Reading) -> Iterator[tuple[Action, Sentence]]:
    """The sentences that are actions, each as an :class:`Action` with its kind, owners and due date, and the
    sentence it was read from."""
    selected = [(s, cue) for s in _numbered_initials_known(found, reading.initials) if (cue := classify(s))]
    # "5.2 Colin Dunmore and Owen Tregarth agreed to …": the paragraph's number is no part of what is to be done
    # (a rule's reading only: the model scores the sentence as printed)
    selected = [(s, (kind, _unnumbered(text) if strong else text, strong)) for s, (kind, text, strong) in selected]
    selected = [(s, _member_by_surname(s, cue, reading.surnames | reading.given_names)) for s, cue in selected]
    selected = [(s, _dash_initials_listed(s, cue, reading.initials)) for s, cue in selected]
    threshold = _classifier_threshold(nlp)
    for (sentence, (kind, text, strong)), doc, score in _annotated(nlp, selected):
        if not strong and (score is None or score < threshold):
            continue
        owners = _owners(sentence, kind, text, strong, doc, reading.initials, reading.committee, reading.body)
        owners = _without_imperative(text, owners)
        due, due_text, precision = _due(sentence, kind, text, reading)
        action = Action(
            text=text,
            owners=list(dict.fromkeys(o for o in owners if o)),
            due=due,
            due_text=due_text,
            due_precision=precision,
            kind=kind,
            item=sentence.item,
            provenance=Provenance(
                document=reading.document_id,
                page=sentence.page,
                bbox=sentence.bbox,
                method=f"rule:{kind}-cue" if strong else f"model:action-classifier({score:.2f})",
            ),
        )
        yield action, sentence


# "Fencing will be done on Saturday": passive work set for a weekday, the first such day after the meeting.
DONE_ON_DAY_RE = re.compile(rf"\bwill\s+be\s+[a-z]{{3,}}(?:\s+back)?\s+on\s+(?P<day>(?:next\s+)?{WEEKDAY_NAMES})\b")


# "That the X report back on the trial at the September meeting": the meeting is when the report is due.
MEETING_WORD_RE = re.compile(r"\bmeeting\b", re.I)
BROUGHT_BACK_RE = re.compile(r"\b(?:report|come|bring|brought)\s(?:back\s)?(?:on|to|at)\b")


# "… to report the outcome of the consultation to the meeting on 24 March 2026": the meeting, dated, a report goes to
REPORT_TO_DATED_MEETING_RE = re.compile(
    r"\b(?:report|present|bring|submit)\s[^.;]{0,80}?\b(?:to|at|before)\s+(?:the|a)\s+(?:[A-Z][\w']*\s+){0,3}"
    r"meeting\s+(?:to\s+be\s+)?(?:held\s+)?on\s+(?=\S)"
)


def _brought_to_meeting(text: str, due_text: str | None) -> bool:
    if due_text and due_text.startswith("on ") and (dated := REPORT_TO_DATED_MEETING_RE.search(text)):
        return text.find(due_text, dated.start()) == dated.end() - 3  # the meeting's own date, not another "on …"
    return bool(
        due_text and due_text.startswith("at ") and MEETING_WORD_RE.search(text) and BROUGHT_BACK_RE.search(text)
    )


def _resolved(text: str, reading: _Reading) -> tuple[dt.date | None, str | None, str]:
    """The due phrase's reading: a parochial church council's "before the APCM" is its APCM's printed date, read as
    "before the AGM" is; an annual meeting's due keeps precision month where the document prints only its month."""
    dates = reading.dates
    church = CHURCH_ANNUAL_RE.search(text) if reading.church_meeting else None
    if church:
        dates = {**dates, "annual_meeting": reading.church_meeting}
        text = CHURCH_ANNUAL_RE.sub("AGM", text)
    due, due_text, precision = resolve_due(text, reading.meeting_date, reading.next_meeting, **dates)
    if (
        due is not None
        and due == reading.next_meeting
        and (other := other_committee_next_meeting(text, reading.committee, reading.body))
    ):
        return None, other, "unknown"  # "to the next Finance Committee" in a parish council's minutes (round 89)
    if due in reading.by_month and due == dates["annual_meeting"] and ANNUAL_DUE_RE.search(due_text or ""):
        precision = "month"
    if church and due_text and "AGM" in due_text:
        due_text = due_text.replace("AGM", church[0], 1)
    return due, due_text, precision


def _due(sentence: Sentence, kind: str, text: str, reading: _Reading) -> tuple[dt.date | None, str | None, str]:
    meeting_date, next_meeting, dates = reading.meeting_date, reading.next_meeting, reading.dates
    due, due_text, precision = _resolved(text, reading)
    if (
        (kind == "recommendation" or sentence.block or MOTION_START_RE.match(text))
        and not re.match(r"(?:by|before|no later|within|until)\b", due_text or "")
        and not _brought_to_meeting(text, due_text)
    ):
        due, due_text, precision = None, None, "unknown"  # "elections in May 2026": an event, not a deadline
    # (the words of a due with no day, "deferred to a later meeting", kept where no day of effect is printed)
    if due is None and kind in DATED_KINDS and (effect := effective_due(text, meeting_date))[1]:
        due, due_text, precision = effect  # "… from 1 April 2026": takes effect
    if due is None and kind in DECIDED_KINDS and (held := effective_due(text, meeting_date, EVENT_TO_BE_HELD_RE))[1]:
        due, due_text, precision = held  # "be held on …"
    if due is None and kind == "commitment" and " on " in text and (day := DONE_ON_DAY_RE.search(text)):
        due, _, precision = resolve_due(f"by {day['day']}", meeting_date, next_meeting, **dates)
        due_text = day["day"] if due else None  # "Fencing will be done on Saturday": the Saturday after the meeting
    if due is None and (printed_first := DUE_BEFORE_ACTION_RE.match(sentence.text)):
        due, _, precision = resolve_due(f"by {printed_first['date']}", meeting_date, next_meeting, **dates)
        due_text = printed_first[0].rstrip(":-– ") if due else None  # "By 31 March: Clerk to …" (round 89)
    if sentence.due_hint:
        hinted = resolve_due(f"by {sentence.due_hint}", meeting_date, next_meeting, **dates)
        due, precision = hinted[0], hinted[2]
        due_text = sentence.due_hint.rstrip(".")
    return due, due_text, precision


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def jaccard(a: str, b: str) -> float:
    left, right = _tokens(a), _tokens(b)
    return len(left & right) / len(left | right) if left and right else 0.0


def actions_from_plan_rows(
    rows: list[ActionPlanRow],
    document_id: str,
    *,
    nlp: Language,
    pages: list[PageLayout] | None = None,
    meeting_date: dt.date | None = None,
) -> list[Action]:
    """Each action-plan / action-log row is an action too, linked to its row; so is each action written in a row's
    Update / Progress / Comment cell (:func:`update_actions`: ``nlp`` reads them; ``pages`` and ``meeting_date``
    give the dates and initials they use)."""
    actions = []
    for index, row in enumerate(rows):
        owners = [name for name in (row.named_lead, row.lead_org) if name] or _extra_owner(row)
        actions.append(
            Action(
                text=row.action or "",
                owners=[strip_title(name) for owner in owners for name in _row_owners(owner)],
                due=row.end_date,
                due_text=row.end_date_text,
                due_precision="day" if row.end_date else "unknown",
                kind="action",
                action_plan_row=index,
                provenance=Provenance(
                    document=document_id,
                    page=row.provenance.page,
                    page_end=row.provenance.page_end,
                    method="table:action-plan-row",
                ),
            )
        )
    if not any(_update_text(row) for row in rows):
        return actions
    reading = _reading(pages or [], document_id, meeting_date)
    return actions + update_actions(nlp, rows, actions, reading)


# The cells of a log row that report progress, where new steps are written ("AS to chase").
UPDATE_FIELDS = ("progress", "comment", "status_text")

# "July update:", "AUGUST UPDATE –", "Sept 2025 update -": the label of each dated entry an Update cell collects.
UPDATE_LABEL_RE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}(?:\d{4}\s{1,3})?)?"
    r"\bupdate\s{0,3}[:\-–]\s*",
    re.I,
)

# "ON GOING – ", "Completed. ", "In hand ": a status opening an entry, before the step written after it.
STATUS_PHRASES = sorted(
    (r"\s+".join(map(re.escape, word.split())) for words in STATUS_WORDS.values() for word in words),
    key=len,
    reverse=True,
)
STATUS_OPENING_RE = re.compile(rf"^(?:(?:{'|'.join(STATUS_PHRASES)})\b(?:\s*[.,:;–\-]+\s*|\s*$))+", re.I)

# "… it was agreed it is needed. AS to progress": an owner tag closing an entry; the step is the sentence before it.
OWNER_TAG_RE = re.compile(r"(?P<owner>[A-Z]{1,3})\s+to\s+[a-z]{3,}(?:\s+[\w’'\-]+){0,2}\.?")


def _update_text(row: ActionPlanRow) -> str:
    return " ".join(" ".join(value.split()) for name in UPDATE_FIELDS if (value := getattr(row, name)))


def _update_entries(cell: str) -> list[str]:
    """An Update cell's entries, each without its dated label or the status that opens it."""
    labels = [match.start() for match in UPDATE_LABEL_RE.finditer(cell)]
    parts = [cell[a:b] for a, b in zip([0, *labels], [*labels, len(cell)], strict=True)]
    entries = []
    for part in parts:
        entry = STATUS_OPENING_RE.sub("", UPDATE_LABEL_RE.sub("", part, count=1).strip()).strip()
        if entry:
            entries.append(entry)
    return entries


def _entry_sentences(entry: str, page: int, row_owner: str | None) -> list[tuple[Sentence, str]]:
    """The entry's sentences to read, each with the text it prints. A closing owner tag ("… it was agreed it is
    needed. AS to progress") is read as the step, owned as "Action: AS" under a sentence is (the row's owner where
    its initials name nobody: "S to progress"), and prints with the sentence before it, which says what the step
    is."""
    found = split_sentences(entry)
    tag = OWNER_TAG_RE.fullmatch(found[-1]) if len(found) > 1 else None
    if tag is None:
        return [(Sentence(text, page, None, None, in_minutes=True), text) for text in found]
    owner = tag["owner"] if len(tag["owner"]) >= 2 else row_owner
    read = [(Sentence(text, page, None, None, in_minutes=True), text) for text in found[:-2]]
    step = Sentence(found[-1], page, None, None, owner, in_minutes=True, in_action_list=True)  # a line of actions
    return [*read, (step, f"{found[-2]} {found[-1]}")]


def update_actions(
    nlp: Language, rows: list[ActionPlanRow], row_actions: list[Action], reading: _Reading
) -> list[Action]:
    """The actions written in the rows' Update cells ("AS to chase", "HD offered to email OCC"), read by the reader
    of minutes text, each with its row's page; not status words, nor the row's own action restated ("ON GOING – AS
    to action" beside "AS to action 20mph limit"), nor an update a later log of the document repeats."""
    found: list[Action] = []
    seen: list[tuple[str, str]] = []
    for index, (row, row_action) in enumerate(zip(rows, row_actions, strict=True)):
        row_words = _tokens(row.action or "")
        row_owner = ", ".join(row_action.owners) or None
        page = row.provenance.page or 1
        entries = [
            (sentence, printed)
            for entry in _update_entries(_update_text(row))
            for sentence, printed in _entry_sentences(entry, page, row_owner)
            if not _tokens(printed) <= row_words
        ]
        printed_as = {id(sentence): printed for sentence, printed in entries}
        for action, sentence in _read(nlp, [sentence for sentence, _ in entries], reading):
            if printed_as[id(sentence)] != sentence.text:  # an owner tag, printed with what it owns
                action.text = printed_as[id(sentence)]
            if any(jaccard(action.text, text) >= 0.8 and jaccard(row.action or "", done) >= 0.8 for text, done in seen):
                continue  # the same update, printed again in the summary log at the end
            seen.append((action.text, row.action or ""))
            # a letter alone ("S to progress", a typo for the row owner's "AS") names nobody
            action.owners = [owner for owner in action.owners if len(owner) > 1] or list(row_action.owners)
            action.action_plan_row = index
            action.provenance.page_end = row.provenance.page_end
            action.provenance.method = f"table:action-plan-update+{action.provenance.method}"
            found.append(action)
    return found


def _row_owners(owner: str) -> list[str]:
    """'Board and MCO', 'JS/SJ', 'KK, HS' (a list of initials or roles; not 'Smith, John'): each one owns the row."""
    names = [name for name in re.split(r"\s*(?:/|;|\n|\band\b(?=\s+[A-Z]{2,5}\b))\s*", owner) if name]
    split = [[part for part in re.split(r"\s*,\s*", name) if part] for name in names]
    return [
        part
        for name, parts in zip(names, split, strict=True)
        for part in (parts if len(parts) > 1 and all(re.fullmatch(r"[A-Z]{2,5}", p) for p in parts) else [name])
    ]


OWNER_HEADER_RE = re.compile(
    r"^(?:owner|owners|lead|leads?\s+officer|responsible|responsibility|who|by\s+whom|action\s+by)$", re.I
)


def _extra_owner(row: ActionPlanRow) -> list[str]:
    """An owner cell kept out of the lead fields ("All" under Owner: everyone, not one lead) still owns the row."""
    for header, cell in row.extra.items():
        value = " ".join(cell.split()).strip(" .")
        if value and OWNER_HEADER_RE.match(header.strip(" :")) and len(value.split()) <= 6:
            return [value]
    return []


def _summarised_by_row(action: Action, row: Action, share: float = 0.8) -> bool:
    """'GW to share copies of the slides with the Board.' in an item, and the row 'Share copies of the slides
    with the Board | GW' in the summary of action points at the end: the same action, listed once (as the row).
    The row's words (four or more) are nearly all in the sentence, and the sentence names no other owner."""
    row_words = _tokens(row.text)
    if len(row_words) < 4 or len(row_words & _tokens(action.text)) < share * len(row_words):
        return False
    owners = {owner.lower() for owner in action.owners}
    return not owners or owners == {owner.lower() for owner in row.owners}


def _dated_step_of_row(action: Action, row: Action) -> bool:
    """'All to respond by correspondence with any comments … by 1 November 2025.' in an item, and the row 'Respond on
    the highlight reports | All | 1 Nov' of the summary of action points: one step (the row's verb) for the same
    owners by the same date, listed once (as the row)."""
    if action.due is None or action.due != row.due or not action.owners or not row.text.strip():
        return False
    if {owner.lower() for owner in action.owners} != {owner.lower() for owner in row.owners}:
        return False
    verb = row.text.split(None, 1)[0].lower()
    return verb.isalpha() and verb in _tokens(action.text)


def _repeated_in_later_row(action: Action, row: Action, share: float = 0.8) -> bool:
    """'This will be rectified immediately by the Clerk' in an item, and the row 'Lack of minutes on the website -
    This will be rectified immediately by the Clerk | CF' of the actions table at the end: the same action, listed
    once (as the row; README Stop 25). The sentence's words (four or more) are nearly all in the row, the row is
    printed on a later page (a log printed at the sentence's own place or before it is a record of its own), and
    the sentence names no owner the row does not: none, the row's, or a post or initials the row's owner holds."""
    words = _tokens(action.text)
    if len(words) < 4 or len(words & _tokens(row.text)) < share * len(words):
        return False
    if (row.provenance.page or 0) <= (action.provenance.page or 0):
        return False
    return not action.owners or (bool(row.owners) and all(_row_holds(owner, row.owners) for owner in action.owners))


def _row_holds(owner: str, row_owners: list[str]) -> bool:
    """The sentence's owner is one of the row's ('Nick Oakhill'), a post its person holds ('the Clerk' beside the
    row's 'Cathy Fleet', printed 'CF' in the Owner cell), or that person's initials ('NO')."""
    names = {strip_title(name).lower() for name in row_owners}
    if strip_title(owner).lower() in names or is_post(owner):
        return True
    return re.fullmatch(r"[A-Z]{2,3}", owner) is not None and any(
        "".join(word[0] for word in name.split()).upper() == owner for name in names if len(name.split()) >= 2
    )


def _restates_row(text: str, row_text: str) -> bool:
    """'NO to obtain 1 further NO AS to chase quote' is the row 'Changing Room electrics – NO to obtain 1
    further quote' read across the table's columns: the same owner, verb and first words."""
    if not OWNER_VERB_RE.match(text):
        return False
    head = re.findall(r"\w+", text)[:4]
    words = re.findall(r"\w+", row_text)
    return len(head) == 4 and any(words[i : i + 4] == head for i in range(len(words) - 3))


def merge_actions(text_actions: list[Action], row_actions: list[Action], threshold: float = 0.6) -> list[Action]:
    """Text actions that repeat a table row (same words, same pages) are dropped in favour of the row."""
    kept = []
    for action in text_actions:
        page = action.provenance.page or 0
        duplicate = any(
            (row.provenance.page or 0) <= page <= (row.provenance.page_end or row.provenance.page or 0)
            and (jaccard(action.text, row.text) >= threshold or _restates_row(action.text, row.text))
            or _summarised_by_row(action, row)
            or _dated_step_of_row(action, row)
            or _repeated_in_later_row(action, row)
            for row in row_actions
        )
        if not duplicate:
            kept.append(action)
    return kept + row_actions
