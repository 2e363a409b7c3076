"""Stage 4: actions, their owners and due dates, and the people and organisations named.

The pipeline is a spaCy ``Language`` built by :func:`build_nlp`: spaCy's English tokenizer and
sentencizer plus our registered components (``agendaparse_*``). Nothing is downloaded at run
time. The heavy part runs only on candidate sentences (those with an action cue), so the pass
stays fast on long packs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .dates import parse_date
from .models import Action, AgendaItem, Mention, Provenance
from .pdf import PageLayout

TITLES = (
    r"Cllr\.?|Councillor|Cllrs|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|Sir|Dame|Lord|Lady|"
    r"Baroness|Rev\.?|Revd\.?|Supt\.?|Superintendent|Detective Superintendent|Chief Superintendent|"
    r"Chief Inspector|Inspector|Sergeant|Sgt\.?|PC|Officer|Cllr\b"
)
NAME = r"[A-Z][a-zA-Z'’\-]+"
PERSON_RE = re.compile(rf"\b(?:{TITLES})\s+((?:[A-Z]\.?\s*){{0,3}}(?:{NAME})(?:\s+{NAME}){{0,2}})")
FULL_NAME_RE = re.compile(rf"^({NAME}(?:\s+[A-Z]\.?)?\s+{NAME}(?:-{NAME})?)(?:\s*\(|$)")
ORG_RE = re.compile(
    r"\b((?:[A-Z][\w&'’\-]+\s+){0,5}(?:Council|Office|Department|Ministry|Police|Service|Trust|Authority|"
    r"Agency|Commission|Partnership|Board|Panel|Group|University|Foundation|Association|Society|"
    r"Company|Ltd|Limited|plc|NHS|Government|Directorate|Committee))\b"
)
ACTION_LABEL_RE = re.compile(r"^\s*(?:action(?:\s+point)?s?|agreed action)\s*[:\-–]\s*(?P<text>.+)$", re.I)
RESOLVED_RE = re.compile(r"^\s*(?:it\s+was\s+)?resolved\b[:,]?\s*(?:that\s*)?(?P<text>.*)$", re.I)
OWNER_VERB_RE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|and|&|the)){0,6}?)\s+"
    r"(?:to|would|will|agreed to|undertook to|was asked to|were asked to|is to|are to)\s+"
    r"(?P<verb>[a-z]+)\b"
)
REQUEST_RE = re.compile(
    r"\b(requested that|asked that|proposed that|recommended that|would be circulated|report back)\b", re.I
)
DUE_RE = re.compile(
    r"\b(?:by|before|no later than|in|at|for)\s+(?:the\s+)?(?P<due>(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|next meeting|the next meeting|end of (?:the )?month|end of (?:the )?(?:municipal )?year)\b",
    re.I,
)
NEXT_MEETING_RE = re.compile(
    r"next meeting[^.\n]{0,60}?\b(?:on|for|is|will be|was scheduled for)\s+(?P<date>[^.\n]{4,40})", re.I
)
NOT_OWNERS = {"It", "This", "That", "There", "The", "They", "We", "He", "She", "Members", "Noted"}


@dataclass
class Candidate:
    text: str
    page: int
    bbox: tuple[float, float, float, float] | None
    item: str | None
    label: str | None = None


@Language.factory("agendaparse_action_cues", default_config={"cues": ["to", "would", "will", "agreed"]})
def make_action_cues(nlp: Language, name: str, cues: list[str]) -> ActionCues:
    return ActionCues(set(cues))


class ActionCues:
    """Marks a sentence as an action when an owner-like subject precedes an action verb."""

    def __init__(self, cues: set[str]):
        self.cues = cues
        if not Doc.has_extension("action_owner"):
            Doc.set_extension("action_owner", default=None)

    def __call__(self, doc: Doc) -> Doc:
        match = OWNER_VERB_RE.match(doc.text)
        if match and match["owner"].split()[0] not in NOT_OWNERS:
            doc._.action_owner = match["owner"]
        return doc


@Language.factory("agendaparse_owner_ruler")
def make_owner_ruler(nlp: Language, name: str) -> OwnerRuler:
    return OwnerRuler()


class OwnerRuler:
    """Tags people introduced by a title (Cllr, Officer, Mr ...) as PERSON entities."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match in PERSON_RE.finditer(doc.text):
            span = doc.char_span(match.start(1), match.end(1), label="PERSON", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = spacy.util.filter_spans(list(doc.ents) + spans)
        return doc


def build_nlp(config: dict | None = None) -> Language:
    """The default offline pipeline: tokenizer, sentencizer and our rule components."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("agendaparse_owner_ruler")
    nlp.add_pipe("agendaparse_action_cues", config=(config or {}).get("action_cues", {}))
    return nlp


def strip_title(name: str) -> str:
    name = re.sub(rf"^(?:{TITLES})\s+", "", name.strip())
    name = re.sub(r",?\s*(OBE|MBE|CBE|JP|MP)$", "", name)
    return " ".join(name.split()).strip(" ,.;:")


def candidates(pages: list[PageLayout], items: list[AgendaItem]) -> Iterable[Candidate]:
    """Sentences worth the NLP pass: action labels, RESOLVED, owner+verb and request cues."""
    for page in pages:
        item = page.item
        buffer: list[str] = []
        first_line = None
        for line in page.body_lines() + [None]:
            text = line.text.strip() if line else ""
            starts_new = (
                line is None
                or not text
                or ACTION_LABEL_RE.match(text)
                or RESOLVED_RE.match(text)
                or re.match(r"^(\d+[.)]|\([a-z0-9]+\)|[•\-–])\s", text)
            )
            if starts_new and buffer:
                sentence = " ".join(buffer)
                for part in re.split(r"(?<=[.;])\s+(?=[A-Z])", sentence):
                    yield Candidate(part, page.number, first_line.bbox if first_line else None, item)
                buffer, first_line = [], None
            if line is not None and text:
                if not buffer:
                    first_line = line
                buffer.append(text)


def classify(candidate: Candidate) -> tuple[str, str] | None:
    """(kind, text) when the candidate is an action-like sentence, else None."""
    text = candidate.text.strip()
    label = ACTION_LABEL_RE.match(text)
    if label:
        return "action", label["text"].strip()
    resolved = RESOLVED_RE.match(text)
    if resolved and resolved["text"]:
        return "resolution", resolved["text"].strip()
    if REQUEST_RE.search(text):
        return "request", text
    match = OWNER_VERB_RE.match(text)
    if match and match["owner"].split()[0] not in NOT_OWNERS and len(text) < 400:
        return "action", text
    return None


def next_meeting_date(text: str, meeting_date: dt.date | None) -> dt.date | None:
    match = NEXT_MEETING_RE.search(text)
    if not match:
        return None
    return parse_date(match["date"], reference=meeting_date).date


def resolve_due(text: str, meeting_date: dt.date | None, next_meeting: dt.date | None):
    match = DUE_RE.search(text)
    if not match:
        return None, None, "unknown"
    due_text = match.group(0)
    words = match["due"].lower()
    if "next meeting" in words:
        return next_meeting, due_text, "day" if next_meeting else "unknown"
    if "end of" in words and "month" in words and meeting_date:
        value = parse_date(meeting_date.strftime("%B %Y"))
        return value.date, due_text, "month"
    value = parse_date(match["due"], reference=meeting_date)
    if value.date is None and meeting_date and re.fullmatch(r"[A-Za-z]+", match["due"]):
        value = parse_date(f"{match['due']} {meeting_date.year}")
        if value.date and value.date < meeting_date:
            value = parse_date(f"{match['due']} {meeting_date.year + 1}")
    return value.date, due_text, value.precision


def find_actions(
    nlp: Language,
    pages: list[PageLayout],
    items: list[AgendaItem],
    document_id: str,
    meeting_date: dt.date | None,
) -> list[Action]:
    all_text = "\n".join(page.text for page in pages)
    next_meeting = next_meeting_date(all_text, meeting_date)
    selected = [(c, found) for c in candidates(pages, items) if (found := classify(c))]
    actions = []
    for (candidate, (kind, text)), doc in zip(selected, nlp.pipe(text for _, (_, text) in selected), strict=False):
        owners = []
        if doc._.action_owner:
            owners.append(strip_title(doc._.action_owner))
        owners += [strip_title(ent.text) for ent in doc.ents if ent.label_ == "PERSON"]
        due, due_text, precision = resolve_due(text, meeting_date, next_meeting)
        actions.append(
            Action(
                text=text,
                owners=list(dict.fromkeys(o for o in owners if o)),
                due=due,
                due_text=due_text,
                due_precision=precision,
                kind=kind,
                item=candidate.item,
                provenance=Provenance(
                    document=document_id, page=candidate.page, bbox=candidate.bbox, method=f"rule:{kind}-cue"
                ),
            )
        )
    return actions


def find_mentions(pages: list[PageLayout], document_id: str) -> list[Mention]:
    mentions: list[Mention] = []
    for page in pages:
        for line in page.body_lines():
            for match in PERSON_RE.finditer(line.text):
                name = strip_title(match.group(0))
                if len(name.split()) >= 1 and name not in NOT_OWNERS:
                    mentions.append(
                        _mention(name, "person", match.group(0), page, line, document_id, "rule:titled-name")
                    )
            for match in ORG_RE.finditer(line.text):
                name = match.group(1).strip()
                if len(name.split()) >= 2:
                    mentions.append(_mention(name, "organisation", name, page, line, document_id, "rule:org-suffix"))
    return mentions


def _mention(name, kind, text, page, line, document_id, method) -> Mention:
    return Mention(
        name=name,
        kind=kind,
        text=text,
        provenance=Provenance(document=document_id, page=page.number, bbox=line.bbox, method=method),
    )
