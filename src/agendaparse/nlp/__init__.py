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

The package, each module importing only from those listed before it:
:mod:`.patterns` (shared regexes and word lists), :mod:`.names` (people's names, titles),
:mod:`.paragraphs` (lines to paragraphs and sentences), :mod:`.organisations`, :mod:`.attendance`
(attendance lists), :mod:`.owners` (owner resolution, post holders), :mod:`.mentions` (people and
organisations of a document), :mod:`.cues` (rule cues the classifier reads), :mod:`.classification`
(is a sentence an action, of what kind), :mod:`.candidates` (candidate sentences of a document),
:mod:`.dues` (due dates), :mod:`.actions` (the stage: :func:`find_actions`, plan rows merged) and
:mod:`.pipeline` (spaCy components, :func:`build_nlp`). This module re-exports what the rest of
agendaparse, its tests and training/ import (a few private names and regexes the tests check).
"""

from __future__ import annotations

from .actions import CLASSIFIER_PIPE, _resolution_actor, actions_from_plan_rows, find_actions, merge_actions
from .attendance import attendance_entries
from .candidates import ItemLocator, _split_owner_clauses, sentences
from .classification import (
    COMMIT_HINT_RE,
    CONFIRMED_BODY_RE,
    EMBEDDED_RESOLVED_RE,
    GLUED_HINT_RE,
    GLUED_WORD_RE,
    MID_COMMIT_RE,
    PASSIVE_DECISION_RE,
    RESOLVED_HINT_RE,
    WAS_HINT_RE,
    classify,
    subject_owner,
)
from .cues import CUE_PATTERNS, classifier_text, cue_tags
from .dues import next_meeting_date, resolve_due
from .mentions import author_mentions, find_mentions, merge_person_aliases, table_body_mentions
from .names import GIVEN_NAMES, given_name_people, strip_title
from .organisations import (
    ACRONYM_BODY_RE,
    CAPITALS_RUN_RE,
    COUNCIL_ACRONYM_RE,
    COUNCILLOR_OF_RE,
    MEMBERS_BODY_HINT_RE,
    MEMBERS_BODY_RE,
    ORG_CHAIN_RE,
    ORG_RE,
    PRISON_RE,
    _named_after_of,
    _names_the_body,
    _org_name,
    _same_body_council,
    _spelled_acronyms,
    acronym_bodies,
    is_address_line,
    known_organisations,
    list_runs,
    organisation_names,
    spelled_out_candidates,
)
from .owners import (
    DELEGATE_RE,
    expand_owner_surnames,
    initials_map,
    initials_of_people,
    post_key,
    resolve_owner,
    resolve_post_owners,
    resolving_body,
)
from .paragraphs import Paragraph, ParagraphReader, Sentence, split_sentences
from .patterns import DUE_LABEL_RE, TITLE_WORDS
from .pipeline import build_nlp, load_spacy_model, model_mentions

__all__ = [
    "ACRONYM_BODY_RE",
    "CAPITALS_RUN_RE",
    "CLASSIFIER_PIPE",
    "COMMIT_HINT_RE",
    "CONFIRMED_BODY_RE",
    "COUNCILLOR_OF_RE",
    "COUNCIL_ACRONYM_RE",
    "CUE_PATTERNS",
    "DELEGATE_RE",
    "DUE_LABEL_RE",
    "EMBEDDED_RESOLVED_RE",
    "GIVEN_NAMES",
    "GLUED_HINT_RE",
    "GLUED_WORD_RE",
    "ItemLocator",
    "MEMBERS_BODY_HINT_RE",
    "MEMBERS_BODY_RE",
    "MID_COMMIT_RE",
    "ORG_CHAIN_RE",
    "ORG_RE",
    "PASSIVE_DECISION_RE",
    "PRISON_RE",
    "Paragraph",
    "ParagraphReader",
    "RESOLVED_HINT_RE",
    "Sentence",
    "TITLE_WORDS",
    "WAS_HINT_RE",
    "_named_after_of",
    "_names_the_body",
    "_org_name",
    "_resolution_actor",
    "_same_body_council",
    "_spelled_acronyms",
    "_split_owner_clauses",
    "acronym_bodies",
    "actions_from_plan_rows",
    "attendance_entries",
    "author_mentions",
    "build_nlp",
    "classifier_text",
    "classify",
    "cue_tags",
    "expand_owner_surnames",
    "find_actions",
    "find_mentions",
    "given_name_people",
    "initials_map",
    "initials_of_people",
    "is_address_line",
    "known_organisations",
    "list_runs",
    "load_spacy_model",
    "merge_actions",
    "merge_person_aliases",
    "table_body_mentions",
    "model_mentions",
    "next_meeting_date",
    "organisation_names",
    "post_key",
    "resolve_due",
    "resolve_owner",
    "resolve_post_owners",
    "resolving_body",
    "sentences",
    "spelled_out_candidates",
    "split_sentences",
    "strip_title",
    "subject_owner",
]
