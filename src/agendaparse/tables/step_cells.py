"""What a cell of a plan's rows holds when its column's name says little: a step to be taken ('Develop a community
emergency plan', '1. To oversee the quality of teaching', 'Target 2: Put up four bird boxes', 'Clerk to obtain three
quotes') or the name of whoever takes it ('Clerk', 'Clerk + Cllr Ashdown', 'Parks Officer/Development Officer').

A table's rows are a plan's by what they hold as much as by their header's words: a column of steps beside a column of
owners and one of dates or statuses is an action log whatever its columns are called (issue #5, stop 66):
:func:`is_step`, :func:`names_an_owner`. A step's verb is one of the verbs plans print most (:data:`STEP_VERBS`) or,
where the optional English pipeline is installed (``en_core_web_sm``, README), any word its tagger reads as a verb's
base form ('Notify ...', 'Set up ...', 'Host ...'; stop 67).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .status import done_status, normalise_status

if TYPE_CHECKING:
    from spacy.language import Language

# verbs a plan's steps open with, in the imperative ('Develop ...', 'Review ...', 'Put up ...'): the verbs councils',
# governors' and partnerships' plans and action logs print, not verbs that also open a record's name ('Report', 'Plan',
# 'Issue', 'Change' and 'Set' open a heading as often as a step)
STEP_VERBS = frozenset(
    {
        "agree", "apply", "appoint", "arrange", "assess", "book", "build", "buy", "carry", "chase", "check",
        "circulate", "clarify", "clean", "clear", "collate", "commission", "complete", "confirm", "consult",
        "contact", "continue", "create", "deliver", "design", "develop", "draft", "email", "encourage", "engage",
        "ensure", "establish", "explore", "extend", "finalise", "finalize", "fix", "gather", "hold", "identify",
        "implement", "improve", "increase", "install", "introduce", "investigate", "launch", "liaise", "maintain",
        "mend", "monitor", "obtain", "organise", "organize", "oversee", "paint", "plant", "prepare", "produce",
        "promote", "provide", "publish", "purchase", "put", "recruit", "reduce", "refresh", "remove", "renew",
        "repaint", "repair", "replace", "request", "research", "resolve", "respond", "review", "revise", "secure",
        "seek", "send", "share", "submit", "support", "train", "undertake", "update", "upgrade", "write",
    }
)  # fmt: skip

# a list number or letter opening the cell ('1.', '2)', '1.2', '(a)') and a short run-in label ('Target 1:', 'Aim 2 -')
STEP_OPENING = r"(?:\(?(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-z])[.)]?\s*)?(?:[A-Z][a-z]+(?:\s\d{1,2})?\s?[:\-–]\s*)?"
# 'Develop a ...', '1.To oversee ...' (the infinitive a strategy's aims print)
IMPERATIVE_RE = re.compile(rf"{STEP_OPENING}(?:[Tt]o\s+)?(?P<verb>[A-Za-z]+)\b(?!\s+of\b)")
# 'Clerk to obtain ...', 'Cllr Ashdown and the Clerk to meet ...': a post or a name given its step, as minutes' action
# columns print it
GIVEN_STEP_RE = re.compile(
    rf"{STEP_OPENING}[A-Z][\w'’.]*(?:\s+(?:[A-Z][\w'’.]*|and|&|the)){{0,4}}\s+to\s+(?P<verb>[a-z]+)\b"
)
# 'All services to undertake ...', 'Each directorate to review ...': a step given to every one of a lowercase subject,
# as corporate plans and partnership logs print it (the quantifier is what makes it a step's subject: 'The decision to
# develop ...' names a record)
QUANTIFIED_STEP_RE = re.compile(
    rf"{STEP_OPENING}(?:All|Each|Every|Both)\s+(?:[a-z][\w'’\-]*\s+){{1,3}}to\s+(?P<verb>[a-z]+)\b"
)
MIN_STEP_WORDS = 3


def is_step(text: str) -> bool:
    """A cell that opens with a step to be taken: a plan verb in the imperative or the infinitive, or a post, a name or
    a quantified subject 'to' a plan verb; not a record's name opening with a verb's noun ('Review of the policy')."""
    opened = _step_openings(text)
    return _opens_with_a_listed_verb(opened) or any(map(_tagged_as_step, opened))


def _step_openings(text: str) -> list[re.Match[str]]:
    """The ways a cell of a step's length may open with one: in the imperative or the infinitive, or a post, a name or
    a quantified subject ('All services', 'Each directorate') 'to' a verb (none for a cell of fewer than
    MIN_STEP_WORDS words)."""
    text = " ".join(text.split())
    if len(text.split()) < MIN_STEP_WORDS:
        return []
    patterns = (IMPERATIVE_RE, GIVEN_STEP_RE, QUANTIFIED_STEP_RE)
    return [match for pattern in patterns if (match := pattern.match(text)) is not None]


def _opens_with_a_listed_verb(opened: list[re.Match[str]]) -> bool:
    return any(match["verb"].lower() in STEP_VERBS for match in opened)


# verbs an agenda's items open with ('To receive the minutes', 'To note the report', 'To consider the application'):
# a meeting's business, no plan's step
AGENDA_VERBS = frozenset({"receive", "note", "consider", "discuss", "approve"})
# verbs that only change a quantity ('Double the number of regular hirers', 'Halve the waiting time'): a target to
# reach, no step taken (a 'Targets' column of them is no plan's action, tests/test_plans66.py)
MEASURE_VERBS = frozenset({"double", "halve", "treble", "triple"})
# a verb's noun heading a record, its complement after it ('Report on the budget', 'Update on the survey', 'Change to
# the standing orders', 'Work on the action has been completed'), which the tagger reads as a verb
NOUN_COMPLEMENT_WORDS = frozenset({"of", "on", "to"})
MAX_TAGGED_CHARS = 120  # the opening of a step is enough to tag its verb


def _tagged_as_step(opened: re.Match[str]) -> bool:
    """A step by its verb's form where the verb is none of :data:`STEP_VERBS`: the tagger reads the word opening the
    step's clause as a verb's base form (VB: 'Notify the school ...', 'Set up a rota ...', 'Clerk to chase ...'),
    not an agenda's verb nor a measure's and not a noun before its complement."""
    verb = opened["verb"]
    if verb.lower() in AGENDA_VERBS | MEASURE_VERBS:
        return False
    words = opened.string[opened.start("verb") : opened.start("verb") + MAX_TAGGED_CHARS].split()
    if len(words) > 1 and words[1].lower() in NOUN_COMPLEMENT_WORDS:
        return False
    return _first_tag(" ".join(words)) == "VB"


@lru_cache(maxsize=8192)  # a plan's cells are read by is_log and again by table_fields
def _first_tag(clause: str) -> str | None:
    """The tagger's fine tag of the clause's first word, None without the English pipeline."""
    tagger = _tagger()
    return tagger(clause)[0].tag_ if tagger is not None and clause else None


@lru_cache(maxsize=1)
def _tagger() -> Language | None:
    """The installed English pipeline's tagger alone, loaded once; None where it is not installed (the list of verbs
    alone then says what a step is)."""
    from ..errors import AgendaparseError
    from ..nlp.pipeline import load_spacy_model

    try:
        nlp = load_spacy_model("en_core_web_sm")
    except AgendaparseError:
        return None
    nlp.select_pipes(enable=[name for name in ("tok2vec", "tagger") if name in nlp.pipe_names])
    return nlp if "tagger" in nlp.pipe_names else None


# the words an owner's cell is made of: capitalised names, posts and teams, joined by '+', '&', 'and', '/' or ','
OWNER_WORD_RE = re.compile(r"[A-Z][\w'’.\-]*|and|&|\+|/|,|of|the|for")
MAX_OWNER_WORDS = 6


def names_an_owner(text: str) -> bool:
    """A cell that only names who takes a step ('Clerk', 'Clerk + Cllr Ashdown', 'Head of Finance', 'EAC / EDRM'):
    a few capitalised words and joiners, no figures, no step, no status ('Complete', 'Yes', 'On Hold'). (A step by a
    listed verb only: the tagger reads a run of capitalised words as names, 'Book/NNP', and is not loaded for them.)"""
    words = text.replace("/", " / ").replace("+", " + ").replace(",", " , ").split()
    return (
        0 < len(words) <= MAX_OWNER_WORDS
        and not re.search(r"\d", text)
        and all(OWNER_WORD_RE.fullmatch(word) for word in words)
        and not _opens_with_a_listed_verb(_step_openings(text))
        and normalise_status(text) == (None, None)
        and done_status(text) is None
    )
