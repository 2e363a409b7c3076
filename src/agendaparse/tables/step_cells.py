"""What a cell of a plan's rows holds when its column's name says little: a step to be taken ('Develop a community
emergency plan', '1. To oversee the quality of teaching', 'Target 2: Put up four bird boxes', 'Clerk to obtain three
quotes') or the name of whoever takes it ('Clerk', 'Clerk + Cllr Ashdown', 'Parks Officer/Development Officer').

A table's rows are a plan's by what they hold as much as by their header's words: a column of steps beside a column of
owners and one of dates or statuses is an action log whatever its columns are called (issue #5, stop 66):
:func:`is_step`, :func:`names_an_owner`.
"""

from __future__ import annotations

import re

from .status import done_status, normalise_status

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
MIN_STEP_WORDS = 3


def is_step(text: str) -> bool:
    """A cell that opens with a step to be taken: a plan verb in the imperative or the infinitive, or a post or name
    'to' a plan verb; not a record's name opening with a verb's noun ('Review of the policy')."""
    text = " ".join(text.split())
    if len(text.split()) < MIN_STEP_WORDS:
        return False
    return any(
        (match := pattern.match(text)) is not None and match["verb"].lower() in STEP_VERBS
        for pattern in (IMPERATIVE_RE, GIVEN_STEP_RE)
    )


# the words an owner's cell is made of: capitalised names, posts and teams, joined by '+', '&', 'and', '/' or ','
OWNER_WORD_RE = re.compile(r"[A-Z][\w'’.\-]*|and|&|\+|/|,|of|the|for")
MAX_OWNER_WORDS = 6


def names_an_owner(text: str) -> bool:
    """A cell that only names who takes a step ('Clerk', 'Clerk + Cllr Ashdown', 'Head of Finance', 'EAC / EDRM'):
    a few capitalised words and joiners, no figures, no step, no status ('Complete', 'Yes', 'On Hold')."""
    words = text.replace("/", " / ").replace("+", " + ").replace(",", " , ").split()
    return (
        0 < len(words) <= MAX_OWNER_WORDS
        and not re.search(r"\d", text)
        and all(OWNER_WORD_RE.fullmatch(word) for word in words)
        and not is_step(text)
        and normalise_status(text) == (None, None)
        and done_status(text) is None
    )
