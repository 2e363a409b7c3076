"""Action cues: the rule tags a sentence shows, which the trained classifier reads as extra tokens."""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import MONTH_NAMES, REQUEST_RE, WEEKDAY_NAMES

# The roles the classifier was trained to see as a cue (CUE_PATTERNS["cue_role"]): keep them as they were.
CUE_ROLES = (
    r"the Clerk|Clerk|the Chair(?:man)?|Chair(?:man)?|the Vice[- ]Chair(?:man)?|the Treasurer|Treasurer|"
    r"the Secretary|the Secretariat|Secretariat|the Leader|the Chief Executive|Chief Executive|the Board|"
    r"the Council|the Committee|the Panel|the Partnership|the Group|Officers|officers|Members|the Director"
    r"(?: of [A-Z][\w ]+?)?|the Head of [A-Z][\w ]+?|the Cabinet Member(?: for [A-Z][\w ,]+?)?|the Borough Commander"
).replace("the ", "[Tt]he ")


# The classifier was trained reading this pattern's cue (CUE_PATTERNS): keep it as it was.
CUE_LABEL_RE = re.compile(
    r"^\s*(?:agreed\s+|outstanding\s+|new\s+)?action(?:\s+point)?s?(?:\s+(?:no\.?\s*)?\d{1,3}[a-z]?)?"
    r"(?:\s+from\s+[\w ]{3,40}?)?\s*(?:\([^)]*\))?\s*[:\-–]\s*"
    r"(?P<text>\S.*)$",
    re.I,
)


# The classifier was trained reading this pattern's cue (CUE_PATTERNS): keep it as it was.
CUE_DUE_RE = re.compile(
    r"\b(?P<phrase>(?:by|before|no later than|in|at|for|during|until|on(?=\s+(?:the\s+)?\d)|"
    rf"to(?=\s+(?:the\s+)?(?:next\s+(?:[A-Za-z]+\s+){{0,2}}meeting|(?:{WEEKDAY_NAMES},?\s+)?{MONTH_NAMES}\s+\d)))\s+"
    r"(?:(?:noon|midday|close of (?:play|business)|cob|cop)\s+(?:on\s+)?)?(?:the\s+)?"
    rf"(?:{WEEKDAY_NAMES},?\s+)?"
    rf"(?P<due>{MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|(?:end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
    r"(?:\s+this\s+year)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|next\s+(?:[A-Za-z]+\s+){0,2}meeting|christmas|"
    r"(?:the\s+)?end of (?:the\s+)?(?:month|year|"
    r"municipal year|financial year|summer|term)|new year|Q[1-4](?:\s+\d{4}(?:/\d{2,4})?)?))\b"
    r"|\b(?P<within>within\s+(?P<n>one|two|three|four|six|\d+)\s+(?P<unit>days?|weeks?|months?))\b"
    r"|\b(?P<asap>asap|as soon as possible|immediately)\b"
    r"|\b(?P<tomorrow>tomorrow)\b",
    re.I,
)


# Editing a case-insensitive cue (DUE_RE included)? Keep CUE_KEYWORDS, its prefilter, in step.
CUE_PATTERNS: dict[str, re.Pattern[str]] = {
    "cue_label": CUE_LABEL_RE,
    "cue_resolved": re.compile(r"^\s*(?:it\s+was\s+)?resolved\b", re.I),
    "cue_agreed": re.compile(r"\b(?:it was agreed|agreed that|agreed to|in agreement|were agreed|was agreed)\b", re.I),
    "cue_request": REQUEST_RE,
    "cue_will": re.compile(r"\b(?:will|would|shall|should)\s+(?!be\s+(?:noted|aware)\b)[a-z]+", re.I),
    "cue_to_verb": re.compile(r"^[A-Z][\w.'’\-]*(?:\s+[A-Z&][\w.'’\-]*){0,3}\s+to\s+[a-z]{3,}\b"),
    "cue_initials": re.compile(r"^(?:[A-Z]{2,4})(?:\s*(?:/|&|and)\s*[A-Z]{2,4})*\s+(?:to|will|would|agreed)\b"),
    "cue_first_person": re.compile(r"^\s*(?:I|we)\b", re.I),
    "cue_question": re.compile(r"\?\s*$"),
    "cue_date": CUE_DUE_RE,
    "cue_role": re.compile(rf"^(?:{CUE_ROLES})\b"),
    "cue_motion": re.compile(r"\b(?:moved|seconded|motion|carried|defeated|adopted|approved)\b", re.I),
    "cue_decided": re.compile(r"\b(?:decided|confirmed|approved|accepted|adopted|endorsed|authori[sz]ed)\b", re.I),
}


# Words (lower case) every match of a case-insensitive cue contains: a sentence with none of them
# skips that cue's regex, which keeps cue tagging cheap on tens of thousands of sentences.
CUE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "cue_agreed": ("agree",),
    "cue_request": ("request", "ask", "propos", "recommend", "circulat", "report"),
    "cue_will": ("will", "would", "shall", "should"),
    "cue_date": (
        *(month.lower() for month in MONTH_NAMES[3:-1].split("|")),
        "meeting",
        "christmas",
        "end of",
        "new year",
        "within",
        "asap",
        "as soon as possible",
        "immediately",
        "tomorrow",
    ),
    "cue_motion": ("moved", "seconded", "motion", "carried", "defeated", "adopted", "approved"),
    "cue_decided": ("decided", "confirmed", "approved", "accepted", "adopted", "endorsed", "authori"),
}

DIGIT_RE = re.compile(r"\d")


def cue_tags(text: str) -> list[str]:
    """The action cues a sentence shows; the classifier reads them as extra tokens."""
    return list(_cue_tags(text))


@lru_cache(maxsize=1 << 16)  # a candidate's cues are asked for by classify and again for the classifier
def _cue_tags(text: str) -> tuple[str, ...]:
    lower = text.lower()
    # letters outside ASCII that a case-insensitive pattern matches to an ASCII one, unlike str.lower
    exact = "\u0130" in text or "\u0131" in text or "\u017f" in text
    tags = []
    for name, pattern in CUE_PATTERNS.items():
        keywords = CUE_KEYWORDS.get(name)
        if keywords is not None and not exact:
            for keyword in keywords:
                if keyword in lower:
                    break
            else:
                if name != "cue_date" or DIGIT_RE.search(text) is None:
                    continue
        if pattern.search(text):
            tags.append(name)
    return tuple(tags)


def classifier_text(text: str) -> str:
    return " ".join(cue_tags(text) + [text])
