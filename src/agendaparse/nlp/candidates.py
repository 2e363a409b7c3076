"""Candidate sentences: paragraphs split into sentences with their item, margin owner, due hint and motion."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from ..models import AgendaItem
from ..pdf import Line, PageLayout
from .attendance import ATTENDANCE_LABEL_RE
from .classification import (
    ACTION_LIST_HEAD_RE,
    BACK_REFERENCE_DECISION_RE,
    BODY_ACTION_VERBS,
    MOTION_BY_RE,
    MOTION_TO_START_RE,
    MOVED_RE,
    put_to_owner,
)
from .names import GIVEN_NAMES, NAME_LETTER, NAME_WORD, NOT_INSIDE_SPACES, SURNAME_WORD, strip_title
from .owners import _looks_like_owner, initials_map
from .paragraphs import (
    COLUMN_DUE_RE,
    CONTINUING_WORDS,
    Paragraph,
    ParagraphReader,
    Sentence,
    join_page_breaks,
    split_sentences,
)
from .patterns import (
    ACTION_LABEL_RE,
    BULLET_RE,
    CONTEXT_COMMIT_RE,
    DUE_LABEL_RE,
    LETTER_BULLET_RE,
    MINUTE_LABEL_START_RE,
    NAME,
    OWNER_SEPARATOR_RE,
    PARAGRAPH_NUMBER_RE,
    PASSIVE_STEP_RE,
    PERSON_RE,
    PRONOUN_COMMIT_RE,
    RECOMMENDATION_LABEL_RE,
    RESOLVED_RE,
    ROLE_TAIL_RE,
    ROLES,
    RUN_IN_HEADING_RE,
    SURNAME,
    TITLES,
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

OWNER_ROLE_RE = re.compile(OWNER_ROLE_WORDS)  # fullmatch

# initials, "MMacA" among them (a Scottish surname's prefix kept, as community councils print them: round 12)
TAIL_INITIALS = r"(?:[A-Z]{2,4}|[A-Z](?:Mac|Mc)[A-Z])"
TAIL_OWNERS = rf"(?:{TAIL_INITIALS}|{OWNER_ROLE_WORDS})(?:\s*(?:/|,|&|and)\s*(?:{TAIL_INITIALS}|{OWNER_ROLE_WORDS}))*"

TAIL_OWNER_RE = re.compile(  # "… (Clerk).", "… [Clerk]"
    # "Order replacement padlocks → SG": an arrow pointing to the owner, as a dash does
    rf"(?:\s(?:[–—-]|[→⇒➔➜]|->)\s*(?P<owner>{TAIL_OWNERS})\.?|\s[(\[](?P<bracketed>{TAIL_OWNERS})[)\]]\.?)\s*$"
)


# What may stand before an owner named at a sentence's end: a dash, or an arrow ("→ SG", "-> SG").
TAIL_MARK_RE = re.compile(r"–| - |[→⇒➔➜]|->")


# "Action: AG", "ACTION – Clerk" alone: the owner of the sentence before ("Action: the Locality Manager": the post).
LABEL_OWNER_RE = re.compile(rf"^(?i:action(?:\s+by)?)\s*[:\-–]\s*(?:[Tt]he\s+)?{OWNER_NAMES}\.?$")


EVERYONE_WORDS = r"reps|members|trustees|governors|councillors|directors|officers|staff"

# "… a rough estimate of the cost. Agreed. ACTION RB.", "… amended constitution. Action JD", "… end of term. Action
# all": the label with no colon, the owner's initials or role (or everyone) after it.
BARE_LABEL_OWNER_RE = re.compile(
    rf"^(?:ACTIONS?|Actions?)\s+(?P<owner>{TAIL_OWNERS}|[Aa]ll(?:\s+(?:{EVERYONE_WORDS}))?)\.?$"
)


# "… invitations will be issued. MG Action.", "… under CCC letterhead. RS/MG Action." (Highland community councils):
# the owner's initials or role first, then the label.
OWNER_FIRST_LABEL_RE = re.compile(rf"^(?P<owner>{TAIL_OWNERS})\s+(?:ACTIONS?|Actions?)\.?$")

# "Owner: SJ", "Lead: Clerk", "Who: JS", "Responsible: Treasurer": the owner field of an action in minutes.
FIELD_OWNER_RE = re.compile(
    rf"^(?i:owners?|lead(?:\s+officer)?|who|responsible|responsibility|by\s+whom)\s*[:\-–]\s*{OWNER_NAMES}\.?$"
)


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


# "The recommendation as set out in the report was moved, seconded, voted on and carried.": its parts follow.
CARRIED_LEAD_IN_RE = re.compile(
    r"^(?:The\s+)?(?:recommendations?|proposals?)\b[^.;]{0,120}\b(?:carried|agreed|approved|adopted)"
    r"(?:\s+unanimously)?(?:\s+by\s+(?:all\s+)?(?:those\s+)?members\b[^.;:]{0,80})?\s*[.:]?\s*$",
    re.I,
)


# "The Leader and Lead Member RESOLVED to:", "The Committee resolved:-", "RESOLVED to:": the resolutions follow;
# "The Committee AGREED:", "It was agreed:": the decisions follow (as lettered parts "(a) to approve …;").
RESOLVED_LEAD_RE = re.compile(
    r"^(?:(?:The\s+)?[A-Z][\w'’\-]*(?:\s+(?:and|&|of|for|[A-Z][\w'’\-]*)){0,6}\s+|(?i:it\s+was\s+))?"
    r"(?:(?i:unanimously)\s+)?(?P<verb>(?i:resolved|agreed))(?:\s+(?i:to)(?:\s+(?i:recommend)"
    # "RESOLVED to RECOMMEND to Cabinet that:": the body the parts are put to
    r"(?:\s+(?i:to)\s+(?:the\s+)?(?P<to>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}))?(?:\s+(?i:that))?)?)?\s*:-?\s*$"
)

# "RECOMMENDED TO COUNCIL:", "Recommended to the Council –": what follows is put to that body.
# "Following scrutiny, it was RECOMMENDED to Cabinet that:" closing a paragraph, as scrutiny minutes put it.
RECOMMENDED_LEAD_RE = re.compile(
    r"^(?:(?:[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,4},\s+)?it\s+was\s+)?"
    r"(?:RECOMMENDED|Recommended)\s+(?:TO|to)\s+(?:the\s+|THE\s+)?(?P<body>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
    r"(?:\s+(?:that|THAT))?\s*[:\-–]\s*$"
)

# "… be APPROVED subject to the following conditions:": a planning decision's conditions follow, not resolutions.
CONDITIONS_LEAD_RE = re.compile(r"\b(?:conditions?|informatives?|reasons?)(?:\s+and\s+informatives)?\s*:-?\s*$", re.I)


# "The Board:" over "(1) NOTED …; (2) APPROVED …; (3) DELEGATED authority to …": the meeting's body alone over its
# decisions, each part opening with its verb.
BODY_ALONE_LEAD_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}(?P<verb>Board|Cabinet|Committee|Sub-Committee|Panel|Council|Partnership"
    r"|Authority|Forum|Executive|Governors)\s*:-?\s*$"
)


# The first part under "The Board:" opens with the body's verb ("(1) NOTED …", "1. agreed to …"); under "Planning
# Committee:" in a council's reports of committees, "(a) The Committee had considered …" reports, and no list opens.
DECIDED_PART_RE = re.compile(
    r"^\s*(?:[(\[]?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)\]]\s+|[•\-–]\s+)?"
    r"(?:[A-Z]{4,}\b|(?i:noted|approved|agreed|endorsed|delegated|requested|resolved|recommended|supported|accepted"
    r"|adopted|asked|instructed|authori[sz]ed|commissioned|ratified|deferred|to\s+[a-z]{3,}))"
)


def _resolution_lead_in(plain: str) -> re.Match[str] | None:
    """A lead-in naming who resolved ("The Committee resolved:-") or how ("RESOLVED to:"), or the body alone over
    its decisions ("The Board:")."""
    if len(plain) > 120 or plain.rstrip()[-1:] not in (":", "-"):
        return None
    return RESOLVED_LEAD_RE.match(plain) or BODY_ALONE_LEAD_RE.match(plain)


def _closing_sentence(plain: str) -> str:
    """The paragraph's last sentence when it ends as a lead-in does (":", "-"): "… 2025. The Board resolved to:"."""
    return split_sentences(plain)[-1] if plain.rstrip()[-1:] in (":", "-") and ". " in plain else plain


def _list_lead_in(text: str) -> bool:
    """'The Board resolved to:', 'it was RECOMMENDED to Cabinet that:': what the numbered parts after it are."""
    return bool(
        _resolution_lead_in(text)
        or ("ECOMMENDED" in text.upper() and RECOMMENDED_LEAD_RE.match(text))
        or (text[:4] == "That" and (BODY_LEAD_IN_RE.match(text) or BODY_COLON_LEAD_RE.fullmatch(text.strip())))
    )


# "That the Waitematā Local Board:" under "MOVED by …, seconded by …:": the body resolving, its lettered parts follow.
BODY_COLON_LEAD_RE = re.compile(r"That\s(?:the\s)?[A-Z][\w'’\-]*(?:\s(?:[A-Z][\w'’\-]*|and|&|of|for)){0,6}\s{0,3}:-?")


# "Moved: Cr Whitlam Seconded: Cr Bradbury", "Moved by Cllr X, seconded by Cllr Y:" before "That Council:"
MOTION_RECORD_RE = re.compile(
    r"^(?:Moved|Proposed)\s*(?::|\s+by)\s*[^:;]{2,40}?,?\s+(?i:seconded)\s*(?::|\s+by)\s*"
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*:?\s+(?=That\s)"
)


# "That Cabinet approves and recommends to Council that:-": the lead-in of a decision's numbered parts.
BODY_LEAD_IN_RE = re.compile(
    r"That\s(?:the\s)?[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}\s(?:approves|agrees|resolves|recommends)"
    r"(?:\sand\s(?:approves|agrees|recommends))?(?:\sto\s(?:the\s)?[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3})?"
    r"\sthat\s{0,3}:-?\s{0,3}$"
)


# "RESOLVED: That the Council (a) …", "The Cabinet has (a) approved …": a resolution whose lettered parts run in
RUN_IN_LEAD_RE = re.compile(
    r"^(?:(?i:resolved)\b[\s:\-–]*(?:[Tt]hat\s+)?|(?:That\s+)?)(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
    # "The Committee agreed:- (i) to note …; (ii) to instruct …": a Scottish committee's decision, its parts run in
    r"\s+(?:(?:has|have)\s+|(?:agreed|decided|AGREED|DECIDED)\s*:?-?\s*)?\((?:a|i|1)\)\s"
    # "RESOLVED: (1) That the Partnership approve …. (2) That the Director …": the first part after the label
    r"|^(?i:resolved)\b\s*[:\-–]?\s*\((?:a|i|1)\)\s+(?=[Tt]hat\s)"
)


# "It is recommended that Cabinet: (a) approves …; (b) delegates …": a report's recommendations run into one paragraph,
# each lettered part put to the body the lead-in names
RECOMMENDED_RUN_IN_RE = re.compile(
    r"^(?:(?:It\s+is\s+)?(?i:recommended)\s+(?:that|THAT)|That|THAT)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})\s*:\s*(?=\((?:a|i|1)\)\s)"
)


def _run_in_list(sentence: str) -> bool:
    return RUN_IN_LEAD_RE.match(sentence) is not None


def _inside_resolution(text: str) -> bool:
    """A lead-in ('... is asked to agree the following:') or a short sub-heading ('2025-26 Council Tax')
    inside a RESOLVED block keeps the block open for the bullets that follow."""
    stripped = text.rstrip()
    return stripped.endswith(":") or (len(stripped.split()) <= 8 and not stripped.endswith((".", ";")))


# "1.1 Transitions is the process …": a report's numbered section paragraph.
SECTION_NUMBER_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\b")


def _ends_recommendations(text: str, is_bullet: bool) -> bool:
    """A report's body after its recommendations: a numbered heading ("1. Introduction") or section paragraph
    ("1.1 …"), which a list of recommendations never holds."""
    if SECTION_NUMBER_RE.match(text):
        return True
    return is_bullet and len(text.split()) <= 5 and not text.rstrip().endswith((".", ";", ":", ","))


def _split_due_label(text: str) -> tuple[str, str | None]:
    """'X to do Y. Due: end of March' -> ('X to do Y.', 'end of March')."""
    parts = DUE_LABEL_RE.split(text, maxsplit=1)
    if len(parts) == 3:
        return parts[0].strip(), parts[2].strip() or None
    return text.strip(), None


def _opens_line(start: int, line_ends: list[int]) -> bool:
    """Whether text at ``start`` of a paragraph begins one of its lines (lines are joined by one space)."""
    return start == 0 or any(start - 1 <= end <= start for end in line_ends)


def _due_label_only(sentence: str, max_length: int = 40) -> str | None:
    """'Date due: 30 November', 'Deadline: end of January' alone: the due of the sentence before."""
    label = DUE_LABEL_RE.match(sentence.strip())
    due = sentence.strip()[label.end() :].strip() if label else ""
    return due if due and len(due) <= max_length else None


# "County Council is asked to:", "The Committee is recommended to:": the numbered bullets that follow are
# recommendations put to that body.
ASKED_TO_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&'’\- ]{2,60}?)\s+(?:is|are)\s+"
    r"(?i:asked|recommended|requested|invited)\s+to\s*:\s*$"
)

# "Cabinet agree to:" over "A) the Commissioning Plan …": a record of decision's decisions, taken by that body.
DECISION_TAKER_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?!(?:We|They)\b)(?P<body>[A-Z][\w&'’\-]+(?:\s+[A-Z][\w&'’\-]*){0,4})\s+"
    r"(?:agrees?|approves?)\s+to\s*:\s*$"
)

# "That Cabinet:" over "1. approves …; 2. notes …": in a report (not minutes, where RESOLVED heads it), the
# recommendations put to that body.
# "It is recommended that Cabinet:", "It is RECOMMENDED that the Committee:": the same lead-in, its label spelled out.
THAT_BODY_RE = re.compile(
    r"^(?:(?:It\s+is\s+)?(?i:recommended)\s+(?:that|THAT)|THAT|That)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})\s*:\s*$"
)


def _report_lead_in(text: str, in_minutes: bool, in_resolution: bool) -> re.Match[str] | None:
    """The lead-in "That Cabinet:" of a report's list of recommendations (in minutes RESOLVED heads it)."""
    return None if in_minutes or in_resolution or text[:1] not in "TIR" else THAT_BODY_RE.match(text)


# "Decisions RESOLVED:" (a decision record's heading run into its label): the resolutions follow.
DECISIONS_HEAD_RE = re.compile(r"^(?:[a-z]\)\s*)?Decisions?\s+(?=RESOLVED\b)")


# A motion ("THAT we receive …; AND THAT we accept recommendations: A. … B. …") runs until its outcome.
MOTION_START_RE = re.compile(r"^(?:THAT|That)\s+\S")


# "Moved Cr X, seconded Deputy Mayor Y and resolved", "Proposed by Mayor X, seconded by Cr Y:", "RESOLVED",
# "Council's Resolution", "Seconded by: Councillor S. Marsh", "Resolved:-", "AND AGREED" (Irish councils stack
# proposer, seconder and outcome on lines of their own): a motion's heading line; its words follow.
MOTION_LEAD_RE = re.compile(
    r"^(?:(?:(?:council|board|committee)['’]s\s+)?resolution|(?:and\s+)?(?:unanimously\s+)?(?:resolved|agreed)|"
    r"(?:motion\b[^.;]{0,40}?\s)?(?:moved|proposed)\b[^;]{0,80}?\bseconded\b(?:(?!\b(?:that|to)\s+[a-z])[^;]){0,80}?|"
    r"seconded\s+by\b[^;]{0,60}?)\s*+[:.\-–]{0,2}+\s*+$",
    re.I,
)

MOTION_LEAD_HINT_RE = re.compile(r"(?i:second|resol|agreed)")


# The motion's words under its heading: "That Council confirms …", "“That the agenda … be adopted.”", "To refer the
# programme to …" (a resolution in the infinitive, as Irish councils print it under "AND AGREED").
MOTION_WORDS_RE = re.compile(
    r"^[“\"‘']?(?:THAT|That|(?i:be\s+it\s+(?:further\s+|therefore\s+)?resolved)\s+(?:that|THAT)|To(?=\s+[a-z]{3,}))\s+\S"
)

MOTION_END_RE = re.compile(r"^\s*(?:carried|defeated|lost|motion\s+(?:carried|passed|lost|defeated))\b", re.I)

MOTION_MAX_PARAGRAPHS = 12


# "…as soon as possible, Councillor Healey to order Scalpings." / "… – AS to place the order": a second action.
OWNER_CLAUSE_RE = re.compile(
    rf"(?:,|\s[–-])\s+(?=(?:(?:{TITLES})\s+)?(?:[A-Z]{{2,4}}(?:/[A-Z]{{2,4}})*|{NAME}(?:\s+{SURNAME})?)\s+"
    r"(?:offered\s+|agreed\s+)?to\s+[a-z]{3,}\b)"
)

AGREED_CUE_RE = re.compile(r"\b(?:it\s+was\s+agreed|agreed\s+(?:to|that))\b", re.I)

MOTION_OUTCOME_RE = re.compile(r"\s(?:Carried|Defeated|Lost)\.?\s*$")
MOTION_FAILED_OUTCOME_RE = re.compile(r"\s(?:Defeated|Lost)\.?\s*$")

# "Motion passed 5-0.": the outcome of the motion the sentence before put ("Motion to approve …").
MOTION_OUTCOME_LINE_RE = re.compile(r"^Motion\s+(?:passed|carried)\b[^.;]{0,40}[.;]?$")

# "Motion failed 2-3.", "The motion was defeated.", "Motion lost for lack of a second.": the motion before fell.
# "The motion fell.", "DEFEATED", "Lost." printed on the line under the motion: the same.
MOTION_FAILED_LINE_RE = re.compile(
    r"^(?:(?:The\s+)?(?i:motion)\s+(?:was\s+)?(?:failed|fails|fell|defeated|lost|not\s+carried|did\s+not\s+(?:pass|carry))"
    r"\b[^.;]{0,60}|(?:DEFEATED|Defeated|LOST|Lost))[.;]?$"
)


def _fails_next(paragraphs: list[Paragraph], texts: list[str], index: int) -> bool:
    """The paragraph after ``index``, on the same page, records that the motion before it failed ("Motion lost.",
    "The motion fell.", "DEFEATED")."""
    following = index + 1
    return (
        following < len(texts)
        and paragraphs[following].page == paragraphs[index].page
        and MOTION_FAILED_LINE_RE.match(texts[following].strip()) is not None
    )


# "All in favour.", "Carried unanimously.", "Unanimously agreed.": the vote on what the sentence before resolved.
VOTE_TALLY_RE = re.compile(
    r"\s{0,3}(?:all\s+in\s+favou?r|(?:motion\s+)?carried(?:\s+unanimously)?|unanimously\s+(?:agreed|carried)|"
    r"agreed\s+unanimously)\s{0,3}[.;]?\s{0,3}$",
    re.I,
)

CLOSING_QUOTE_RE = re.compile(r"[”\"’']+(?=[.;]$)")


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


INITIALS_LIST_RE = re.compile(r"(?:[A-Z]{2,4}\s*(?:,|&|/|\band\b)\s*)+")  # fullmatch: "JT, RF and"

OBJECT_VERB_END_RE = re.compile(r"\b(?:to|will|would|should|must)\s+[a-z]{3,}$")


@lru_cache(maxsize=64)
def _initials_clause_re(known_initials: frozenset[str]) -> re.Pattern[str]:
    """Where a member's initials open a clause ("… website NO will ask …"). Cached by the members' initials: the
    pattern is built from a document's members list, and was built and looked up again for every sentence."""
    initials = "|".join(sorted(map(re.escape, known_initials), key=len, reverse=True))
    # not after "or": "JS or TR would meet …" is one clause with two owners; "and" then "will": "It was noted that …
    # and AW will seek guidance …" joins the step to the note it follows, where "… and MP to send a poster" is a step
    # nor after a title: "Cllr JT and Cllr SG to inspect …" is one clause, the title SG's own
    return re.compile(
        rf"(?<=[a-z])(?<!\sor)(?<!\sand)(?<!Cllr)(?<!Cllrs)(?<!Councillor)(?<!Councillors)\s+"
        rf"(?=(?:{initials})\s+(?:will|would|to)\s+[a-z]{{3,}})"
        rf"|(?<=\sand)\s+(?=(?:{initials})\s+to\s+[a-z]{{3,}})"
    )


# "The survey forms were late last year, Councillors will again fill these in.": a finished clause, then the members
# or an officer promising a step; not after a condition ("If the grant is approved, the Clerk will order …").
WILL_CLAUSE_RE = re.compile(
    rf"(?<=[a-z]),\s+(?=(?:[Tt]he\s+)?(?:Councillors|Members|{OWNER_ROLE_WORDS})\s+(?:will|would)\s+"
    r"(?:again\s+|also\s+)?(?!be\b)[a-z]{3,})"
)
FINITE_CLAUSE_RE = re.compile(r"\s(?:was|were|is|are|has|had|have)\s")
CONDITION_OPENER_RE = re.compile(r"(?:If|When|Once|Should|Subject|Following|After|Before|Until|As|Although|While)\b")


def _will_clause_split(sentence: str) -> list[str]:
    parts = WILL_CLAUSE_RE.split(sentence, maxsplit=1) if ", " in sentence else [sentence]
    if len(parts) == 1 or CONDITION_OPENER_RE.match(sentence) or not FINITE_CLAUSE_RE.search(parts[0]):
        return [sentence]
    return parts


# a step in the part of a sentence before an owner's clause: "The Clerk to get quotes – AS to place the order"
STEP_BEFORE_CLAUSE_RE = re.compile(
    r"\b(?:to\s+(?!(?:the|a|an|be|all|its|their|his|her|this|that|these|those)\b)[a-z]{3,}|will|would|should|shall|"
    r"must|agreed|asked|offered)\b"
)


# "An extension to the scheme was raised again", "The bench on the green was discussed": the topic the meeting took
# up, reported before the dash that names who takes it forward
TOPIC_RAISED_RE = re.compile(r"\s(?:was|were)\s+(?:again\s+|briefly\s+|also\s+)?[a-z]{3,}(?:ed|en)\b")


def _split_owner_clauses(sentence: str, known_initials: set[str] | frozenset[str] = frozenset()) -> list[str]:
    parts = OWNER_CLAUSE_RE.split(sentence)
    if (
        len(parts) == 2
        and (cut := OWNER_CLAUSE_RE.search(sentence))
        and cut[0].lstrip()[:1] in "–-"
        and not STEP_BEFORE_CLAUSE_RE.search(parts[0])
        and TOPIC_RAISED_RE.search(parts[0])  # not a status before the step ("Waiting for a map … - HD/RL to …")
        and put_to_owner(sentence)  # one named takes it up, not "… – Flat - Alterations to form …"
    ):
        return [sentence]  # "An extension … was raised again – RF to explore.": the topic, then who takes it up
    if len(parts) == 1:
        parts = _will_clause_split(sentence)
    if len(parts) == 1 and known_initials:  # "… on the OCC website NO will ask …": a member's initials start a clause
        parts = _initials_clause_re(frozenset(known_initials)).split(sentence)
        if any(OBJECT_VERB_END_RE.search(part) for part in parts[:-1]):
            return [sentence]  # "IJ to contact AB to set up a meeting": AB is whom IJ contacts, not a new clause
        if any(INITIALS_LIST_RE.fullmatch(part.strip()) for part in parts[:-1]):
            return [sentence]  # "JT, RF and SG to investigate …": one step, the listed members its owners
    if len(parts) > 1 and all(len(part.split()) >= 3 for part in parts):
        return [part.strip() for part in parts]
    return [sentence]


MIN_PROSE_WIDTH = 250.0  # points: a column of prose, not a table cell


# A line ending so runs on into the next, whatever that starts with.
UNSTOPPED_CONTINUES_RE = re.compile(rf"[.,;:!?\-–(&/]$|\b(?:{CONTINUING_WORDS})$")


# Words that start a sentence and nothing else when capitalised: "… clean out as necessary" / "A guest thanked …".
SENTENCE_OPENER_RE = re.compile(r"(?:The|A|An|It|This|There|They|He|She|We)\s")


# "C-1 Minutes of …", "D-2 Short-Term Rental Ordinance": a US agenda's entry label opening a line
LIST_ENTRY_LINE_RE = re.compile(r"[A-Z]{1,2}-\d{1,2}\s+[A-Z]")


def _label_line_ends(lines: list[Line], line_ends: list[int]) -> Iterator[int]:
    """Where a line naming only who acts ('Action: Tamsin Holloway') ends before a line opening with a capital: the
    label closes the sentence above it, and the next line starts another, stop or none."""
    for i, (line, following) in enumerate(itertools.pairwise(lines)):
        if following.text.lstrip()[:1].isupper() and LABEL_OWNER_RE.match(line.text.strip()):
            yield line_ends[i]


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
        elif LIST_ENTRY_LINE_RE.match(lines[0].text.lstrip()):
            # "C-1 Minutes of …" / "C-3 Resolution No. 2025-41 …" / "The Consent Calendar was approved …": a list of
            # labelled entries, one a line, then the sentence on them
            for i, (line, following) in enumerate(itertools.pairwise(lines)):
                end, start = line.text.rstrip(), following.text.lstrip()
                if (
                    LIST_ENTRY_LINE_RE.match(line.text.lstrip())
                    and not LIST_ENTRY_LINE_RE.match(start)
                    and end[-1:].isalnum()
                    and SENTENCE_OPENER_RE.match(start)
                ):
                    breaks.append(line_ends[i])
    breaks = sorted({*breaks, *_label_line_ends(lines, line_ends)})
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


# "(a) Clerk to chase …", "(ii) SG to obtain …", "b) The Treasurer will …": a lettered or numbered line of minutes
# opening with who takes the step (not "(a) That …", a resolution's part); "AUG23/2 Dr Ganesan (CDDO) to report …",
# "PB270922-AP44 CD to share …": a board's action reference, then the step (a department in brackets after its owner).
LISTED_STEP_RE = re.compile(
    rf"{NOT_INSIDE_SPACES}\s*+(?:\([a-z]\)|[a-z]\)|\([ivx]{{1,4}}\)|[ivx]{{1,4}}\)|[A-Z]{{2,6}}\d{{1,8}}[-/][A-Z]{{0,3}}"
    r"\d{1,3})\s+"
    rf"(?P<step>(?:[A-Z]{{2,4}}(?:\s*/\s*[A-Z]{{2,4}})*|(?:{ROLES})|(?:{TITLES})\s+(?:[A-Z]\.?\s+)?{SURNAME})"
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:to|will|agreed\s+to|is\s+to)\s+[a-z])"
)

# "(Action: JT/SG)", "[Action: Clerk]." alone: a label in brackets, printed after the sentence's full stop.
BRACKETED_LABEL_RE = re.compile(r"[(\[](?P<label>(?i:action|owner|lead)[^()\[\]]{1,60})[)\]]\.?")

# "(Clerk)", "(Clerk/RFO)." alone: a post in brackets after the sentence's full stop, who takes it.
BRACKETED_ROLE_RE = re.compile(
    rf"[(\[](?P<owner>(?:{OWNER_ROLE_WORDS})(?:\s*(?:/|,|&|and)\s*(?:{OWNER_ROLE_WORDS}))*)[)\]]\.?"
)

# "Clerk to write …", "SG will obtain …": a step after its owner, where a label names the owner alone.
STEP_AFTER_OWNER_RE = re.compile(r"\s(?:to|will|would|should)\s+[a-z]")


# "All agreed – action JB.": a church council's assent, then the label naming who acts on the sentence before.
AGREED_BEFORE_LABEL_RE = re.compile(r"^(?:All\s+agreed|(?:Unanimously\s+)?[Aa]greed)\s*[–—-]\s*(?=[Aa]ctions?\b)")


def _label_owner_only(text: str, fields: bool = False, surnames: frozenset[str] = frozenset()) -> str | None:
    """'Action: AG', 'ACTION – Clerk', 'Action by: JS/SJ': a label naming only who acts (the action is the
    sentence before), as opposed to 'ACTION: Clerk to write …'. With ``fields`` (minutes), also an owner
    field: 'Owner: SJ', 'Lead: Clerk', 'Who: JS'."""
    text = text.strip()
    if (role := BRACKETED_ROLE_RE.fullmatch(text)) is not None:
        return role["owner"]  # "Letter to be sent to the landowner. (Clerk)": a post alone in brackets after the stop
    if (bracketed := BRACKETED_LABEL_RE.fullmatch(text)) is not None:
        text = bracketed["label"]  # "… season. (Action: JT/SG)": the bracket after the stop
    if (assent := AGREED_BEFORE_LABEL_RE.match(text)) is not None:
        text = "A" + text[assent.end() + 1 :]  # "All agreed – action JB" -> "Action JB"
    match = None
    if text[:1] in ("A", "a"):
        match = LABEL_OWNER_RE.match(text) or BARE_LABEL_OWNER_RE.match(text)
    elif fields and text[:1] in "OoLlWwRrBb":
        match = FIELD_OWNER_RE.match(text)
    if match is None and text.rstrip(".").endswith(("Action", "Actions", "ACTION", "ACTIONS")):
        match = OWNER_FIRST_LABEL_RE.match(text)
    if match is None:
        return None
    owner = match["owner"].strip(" .,")
    if STEP_AFTER_OWNER_RE.search(owner):
        return None  # "ACTION: Clerk to write to the Highways Authority": the step itself, not who takes the last one
    if re.fullmatch(rf"[Aa]ll\s+(?:{EVERYONE_WORDS})", owner):
        return owner  # "Action all reps": each of them
    return owner if _owner_words(owner) or owner in surnames else None  # "ACTION: Heath": a member's surname


# "Action: Clerk – by 30 November", "Action for: HP By: 30 June": an owner label, then the due of the sentence before.
LABEL_OWNER_DUE_RE = re.compile(
    r"^(?i:action(?:\s+(?:by|for))?|owner)\s*[:\-–]\s*(?P<owner>[A-Z][^,:;–—]{0,40}?)\s*(?:[,–—]\s*|\s-\s*|\s(?=By\s*:))"
    r"(?i:by|due)\s*:?\s+(?P<due>[^,;:]{3,30}?)\.?$"
)

# "Clerk to action.", "The Clerk to action accordingly": who takes the step the sentence before states.
TO_ACTION_OWNER_RE = re.compile(
    rf"^(?P<owner>[A-Z]{{2,4}}|(?:[Tt]he\s+)?(?:{OWNER_ROLE_WORDS})|(?:{TITLES})\s+(?:[A-Z]\.?\s+)?{SURNAME}|{NAME})"
    r"\s+to\s+action(?:\s+(?:this|it|accordingly))?\s*\.?$"
)


def _label_owner_and_due(text: str, fields: bool, surnames: frozenset[str]) -> tuple[str, str] | None:
    """'Action: Clerk – by 30 November' -> ('Clerk', '30 November'): an owner label with the due after it."""
    match = LABEL_OWNER_DUE_RE.match(text.strip()) if text.lstrip()[:1] in "AaOo" else None
    if match is None:
        return None
    owner = _label_owner_only(f"Action: {match['owner']}", fields, surnames)
    return (owner, match["due"]) if owner else None


def _to_action_owner(text: str) -> str | None:
    """'Clerk to action.' -> 'Clerk'; not 'AS to action 20mph limit', which names what to action."""
    match = TO_ACTION_OWNER_RE.match(text.strip()) if "to action" in text else None
    return re.sub(r"^[Tt]he\s+", "", match["owner"]) if match else None


def _full_name_surnames(pages: list[PageLayout]) -> frozenset[str]:
    """The surnames of people the first pages name in full ('Paul Heath (HM Treasury)'), so that a label naming
    one by surname alone is read as its owner."""
    text = "\n".join(page.text for page in pages[:2])
    return frozenset(match["surname"] for match in FULL_NAME_RE.finditer(text))


FULL_NAME_RE = re.compile(rf"\b{NAME_WORD}\s+(?P<surname>{SURNAME})\b")


# "Seconded – KC", "Ian Logan (IL)", "Apologies … (Chair)": a seconder, a name's initials, an absence.
TAIL_NOT_OWNER_RE = re.compile(r"\b(?:proposed|seconded|moved|approved|by)\s*$|\b(?:apolog|absen|present\b)", re.I)

# "Ian Logan (IL)", "Mrs P Lowe (Clerk)": a name, titled or not, then its initials or post
# (the given name whole before a space, or up to the first capital it is glued to: "JohnSmith", "Ab-Ab")
NAME_BEFORE_RE = re.compile(
    rf"\b(?:[A-Z][a-z](?:{NAME_LETTER}{{0,60}}+\s++|(?>{NAME_LETTER}{{0,60}}?(?=[A-Z]{NAME_LETTER})))"
    rf"|(?:{TITLES})\s+(?:[A-Z]\.?\s+){{1,2}}(?=[A-Z][a-z])\s*){SURNAME_WORD}$"
)


# "Write to the landowner about the hedge (Cllr Hartley).": an instruction, the member who takes it in brackets.
BRACKETED_MEMBER_RE = re.compile(
    rf"\s\((?P<member>(?:Cllrs?|Councillors?)\.?\s+(?:[A-Z]\.?\s+)?{SURNAME}"
    rf"(?:\s*(?:/|,|&|and)\s*{SURNAME}){{0,3}})\)\.?\s*$"
)


# The verbs an instruction opens with ("Write to …", "Obtain three quotes …"), besides a body's steps.
INSTRUCTION_VERBS = {
    "obtain", "chase", "ask", "book", "order", "email", "speak", "find", "get", "put", "raise", "apply",
}  # fmt: skip


def _tail_owner(text: str, known_initials: set[str] | frozenset[str]) -> str | None:
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
    parts = [part for part in OWNER_SEPARATOR_RE.split(owner) if part]
    if all(part in known_initials or OWNER_ROLE_RE.fullmatch(part) for part in parts):
        return owner
    if (
        not known_initials
        and match["bracketed"]
        and len(parts) >= 3
        and all(re.fullmatch(r"[A-Z]{2,3}", part) for part in parts)
    ):
        return owner  # "… for the new display (GD, DN, PW & KC).": several members' initials, no members list to check
    return None


def _owner_words(owner: str) -> bool:
    """Initials, roles, bodies and names only: what a label or an owner column holds."""
    members = MEMBERS_TITLE_RE.match(owner)  # "Cllrs Denham, Lyle and the Clerk": the title over each surname
    parts = [part for part in OWNER_SEPARATOR_RE.split(owner[members.end() :] if members else owner) if part]
    return bool(parts) and all(
        _looks_like_owner(strip_title(part))
        or part in ("All", "all")
        or TITLED_MEMBER_RE.fullmatch(part)
        or (members and MEMBER_SURNAME_RE.fullmatch(part))
        for part in parts
    )


# "Cllrs Blaikie/McNeil/Reith", "Councillors Denham and Lyle": one title before several members' surnames.
MEMBERS_TITLE_RE = re.compile(r"(?:Cllrs\.?|Councillors)\s+(?=[A-Z])")
MEMBER_SURNAME_RE = re.compile(SURNAME)  # fullmatch


TITLED_MEMBER_RE = re.compile(rf"(?:{TITLES})\s+(?:[A-Z]\.?\s+)?{SURNAME}")  # fullmatch: "Cllr Green"


# "a. Graham Watson - is removed b. Marion Harvey - is added": short lettered parts, none a sentence of its own.
LETTERED_PART_RE = re.compile(r"(?:^|(?<=\s))\(?[a-z][.)]\s+")
# (the second only from the start of a clause: one from further in finds nothing the clause's start did not)
PART_OWN_SENTENCE_RE = re.compile(r"(?i:that|to)\s|(?<![^.;])[^.;]*\b(?:be|will|shall|should)\s")


def _named_parts(text: str) -> bool:
    """A paragraph of two or more short lettered parts ("a. X - is removed b. Y - is added"), none of them
    a step or resolution of its own ("a. That …", "(b) to approve …")."""
    if not LETTERED_PART_RE.match(text) or len(text) > 400:
        return False
    parts = [part.strip() for part in LETTERED_PART_RE.split(text) if part.strip()]
    return len(parts) >= 2 and all(len(part.split()) <= 8 and not PART_OWN_SENTENCE_RE.match(part) for part in parts)


DECIDED_WORD_RE = re.compile(r"\b(?:agreed|resolved|approved|decided)\b", re.I)


def _agreed_list_lead_in(text: str) -> bool:
    """'The Board also agreed for the general bank mandate that:': a decision whose content is the list after it
    (not "The Committee resolved:-", whose parts are resolutions each)."""
    return text.rstrip().endswith("that:") and DECIDED_WORD_RE.search(text) is not None and not _list_lead_in(text)


def _margin_initials(owner: str) -> list[str]:
    """The initials a margin cell lists ("MP/JS" -> ["MP", "JS"])."""
    return [part.strip() for part in re.split(r"[,/&]", owner) if part.strip()]


def _place_margin_owners(found: list[Sentence]) -> None:
    """Initials in the margin belong to the paragraph's action: the sentence that starts with them
    ("TS would advise …") or, when theirs holds no commitment, the decision before it ("it was agreed …")."""
    for index, sentence in enumerate(found):
        if not sentence.margin_owner:
            continue
        initials = _margin_initials(sentence.margin_owner)
        if _first_word(sentence.text) == initials[:1]:
            continue  # "GL will circulate … (Action: GL)": already its own, not "GL set out the scope …" before it
        target = next(
            (other for other in found if other is not sentence and _first_word(other.text) == initials[:1]),
            None,
        )
        if target is None and not _commitment_cue(sentence.text):
            target = next((other for other in reversed(found[:index]) if AGREED_CUE_RE.search(other.text)), None)
        if target is None and REPORTED_SO_FAR_RE.search(sentence.text):
            # "… had put their names forward so far. A meeting … was arranged for Tuesday …": the step after the report
            target = next((other for other in found[index + 1 :] if STEP_SET_RE.search(other.text)), None)
        if target is None:
            continue
        if not target.margin_owner:
            target.margin_owner, sentence.margin_owner = sentence.margin_owner, None
        elif _opens_before_with(found, target, index, initials):
            _take_own_initials(found, target, sentence)


def _opens_before_with(found: list[Sentence], target: Sentence, index: int, initials: list[str]) -> bool:
    """``target``, before the sentence at ``index``, opens with these initials and holds another's."""
    held = _margin_initials(target.margin_owner or "")[:1]
    return found.index(target) < index and _first_word(target.text) == initials[:1] != held


def _take_own_initials(found: list[Sentence], target: Sentence, sentence: Sentence) -> None:
    """The sentence opening with the column's initials takes them from the sentence after it that shares their line
    ("… Church lane. GD to ask …   RB" / "… new benches. It was   GD" / "decided not to …"); the initials it held,
    printed level with the line where the sentence before it ends, go to that sentence."""
    displaced, target.margin_owner, sentence.margin_owner = target.margin_owner, sentence.margin_owner, None
    position = found.index(target)
    if position and not found[position - 1].margin_owner:
        found[position - 1].margin_owner = displaced


# A report of what has happened ("A couple of volunteers had put their names forward so far."), no step of its own.
REPORTED_SO_FAR_RE = re.compile(r"\bhad\s+(?:been\s+)?[a-z]{2,}(?:ed|en|t)\b[^.;]{0,80}\bso\s+far\b")
# A step set up for a day to come ("A meeting … was arranged for Tuesday 1st December").
STEP_SET_RE = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:arranged|organised|organized|booked|set\s+up)\b")


def _carry_margin_owner(found: list[Sentence], following: str) -> str | None:
    """Initials a bare "Action:" label ending the paragraph hands to the next one ("Action:" / "JS to bring …"):
    taken off the line they were printed level with, to be given to the next paragraph's first sentence."""
    if not found or not BARE_ACTION_LABEL_RE.fullmatch(found[-1].text.strip()):
        return None
    opening = _first_word(following)
    for sentence in found:
        owner = sentence.margin_owner
        if owner and opening == _margin_initials(owner)[:1]:
            sentence.margin_owner = None
            return owner
    return None


BARE_ACTION_LABEL_RE = re.compile(r"(?i:actions?(?:\s+point)?)\s*[:\-–]")  # fullmatch: "Action:" alone


def _first_word(text: str) -> list[str]:
    """The sentence's first word after an action label ("Action: MP to circulate …" -> ["MP"])."""
    label = ACTION_LABEL_RE.match(text)
    return (label["text"] if label else text).split()[:1]


# Officers an item heading names: "Budget update – Head of Finance", "Community safety (Inspector Ray Hall)".
ITEM_OFFICER_RE = re.compile(
    r"(?:\s[–—-]\s+|\((?:[Rr]eport\s+of\s+(?:the\s+)?)?)(?P<officer>[A-Z][^()–—]{2,60}?)\)?\s*$"
)


TITLED_OFFICER_RE = re.compile(rf"(?:{TITLES})\s+(?:[A-Z]\.?\s+)?(?:{NAME}\s+)?{SURNAME}")  # "Inspector Ray Hall"


def _item_officer(item: AgendaItem) -> str | None:
    """The officer presenting an item: its presenter, or a role or titled person its heading ends with ("… (report
    of the Head of Planning)", "… (Lead: Head of Estates)")."""
    if item.presenter:
        return strip_title(item.presenter)
    match = ITEM_OFFICER_RE.search(item.title)
    if match is None:
        return None
    officer = OFFICER_LABEL_RE.sub("", match["officer"].strip(), count=1)
    if len(officer.split()) <= 6 and (
        ROLE_TAIL_RE.search(officer) or TITLED_OFFICER_RE.fullmatch(officer) or officer.startswith("Head of ")
    ):
        return strip_title(officer)
    return None


# "(report of the Head of Planning)", "(Lead: Head of Estates)", "(Lead officer: Parks Manager)": the label before
# the officer a heading names.
OFFICER_LABEL_RE = re.compile(
    r"^(?:[Rr]eport\s+of\s+(?:the\s+)?|(?:[Ll]ead(?:\s+[Oo]fficer)?|[Pp]resented\s+[Bb]y)\s*:\s*)"
)
LEAD_TITLE_RE = re.compile(r"\([Ll]ead(?:\s+[Oo]fficer)?\s*:")

# "The Friends of Elm Park had offered to help …", "The Trust is planning to hold …": a body or person taking on
# work, which a passive step in the next sentence ("The leaflet will be distributed …") continues.
OFFERED_SUBJECT_RE = re.compile(
    r"^(?:The\s)?(?P<owner>[A-Z][\w'’\-]*(?:\s(?:of|for|the|and|&|[A-Z][\w'’\-]*)){0,5}?)\s"
    r"(?:(?:had|has|have)\s)?(?:(?:kindly\s)?(?:offered|agreed|volunteered|undertaken|undertook)\sto\s|"
    r"(?:is|are|was|were)\s(?:now\s)?planning\sto\s|plans?\sto\s|intends?\sto\s)"
)

# "Anna Field and Tom Reed of the Allotment Society attended": the two people a following "They" means.
TWO_PEOPLE_RE = re.compile(rf"^(?P<first>{NAME}\s{SURNAME})\s(?:and|&)\s(?P<second>{NAME}\s{SURNAME})\b")

# "The Allotment Society had written …": a body opening the sentence, whom a following "They" means.
BODY_NAME = (
    r"(?:[A-Z][\w'’\-]{0,60}+\s){0,4}(?:Society|Association|Trust|Group|Club|Committee|Council|Partnership|Forum|Charity|"
    r"Federation|Alliance)|Friends\sof(?:\s[A-Z][\w'’\-]*){1,4}"
)
BODY_NAME_RE = re.compile(BODY_NAME)
BODY_SUBJECT_RE = re.compile(
    rf"^(?:The\s)?(?P<owner>{BODY_NAME})\s(?:(?:had|has|have|was|were|is|are)\s)?[a-z]{{3,}}(?:ed|en|s)\b"
)

# "The Housing Manager introduced the report": the officer a following "The officer …" means.
INTRODUCER_RE = re.compile(
    r"^(?:The\s)?(?P<owner>[A-Z][\w'’\-]*(?:\s(?:of|for|and|&|[A-Z][\w'’\-]*)){0,5}?)\s"
    r"(?:introduced|presented)\s(?:the|his|her|their|a)\s"
)


SUBJECT_PERSON_RE = re.compile(
    rf"^(?:(?:{TITLES})\s+)+(?:[A-Z]\.?\s+){{0,2}}(?:{NAME}\s+)?{SURNAME}(?=[\s,])|^{NAME}\s+{SURNAME}(?=,?\s+[a-z])"
)


# "The Director of Place noted that …": a post opening the sentence, whom a following "He would …" means.
SUBJECT_ROLE_RE = re.compile(rf"^(?:{ROLES})(?=,?\s+(?:also\s+)?[a-z]{{3,}}(?:ed|s)\b)")


# "That the Council adopts …" under "RESOLVED TO RECOMMEND:": the body the recommendation is put to.
RECOMMENDED_PART_BODY_RE = re.compile(
    r"(?:THAT|That)\s(?:the\s)?(?P<body>(?:[A-Z][\w'’\-]*\s){0,3}?(?:Council|Cabinet|Executive|Committee|Board))\s"
    r"(?!is\b|was\b|has\b|had\b)[a-z]{3,}"
)


def _recommended_to(text: str) -> str | None:
    return part["body"] if (part := RECOMMENDED_PART_BODY_RE.match(text)) else None


def _lead_in_title(items: list[AgendaItem], number: str | None) -> bool:
    return any(item.number == number and LEAD_TITLE_RE.search(item.title) for item in items)


def _pronoun_owner(before: str, officer: str | None) -> str | None:
    """Whom "He" / "She" means: the post or person opening the sentence before, the item's officer, or the last
    person the sentence before names."""
    if topic := TOPIC_BEFORE_RE.match(before):  # "Balance, Receipts … - Wendy reviewed reports …": after the topic
        before = before[topic.end() :]
    subject = SUBJECT_ROLE_RE.match(before) or SUBJECT_PERSON_RE.match(before)
    if subject is None and (given := GIVEN_SUBJECT_RE.match(before)) and given[0] in GIVEN_NAMES:
        subject = given  # "Wendy reviewed reports with board. She will talk to …": a board writing first names
    return strip_title(subject[0]) if subject else officer or _last_person(before)


TOPIC_BEFORE_RE = re.compile(r"^(?:[A-Z]\.\s+)?[A-Z][\w,'’ ]{2,60}?\s[-–—]\s+(?=[A-Z])")  # a run-in topic and its dash
GIVEN_SUBJECT_RE = re.compile(r"^[A-Z][a-z]{2,}(?=\s+(?:also\s+)?[a-z]{3,}ed\b)")  # "Wendy reviewed …"


def _they_owner(before: str) -> str | None:
    """Whom "They" means: two people or a body opening the sentence before."""
    if people := TWO_PEOPLE_RE.match(before):
        return f"{people['first']}, {people['second']}"
    return body["owner"] if (body := BODY_SUBJECT_RE.match(before)) else None


def _officer_owner(before: str, officer: str | None) -> str | None:
    """Whom "The officer" / "The report author" means: the officer who introduced the report in the sentence before,
    else the item's officer."""
    introducer = INTRODUCER_RE.match(before)
    if introducer and (ROLE_TAIL_RE.search(introducer["owner"]) or introducer["owner"].startswith("Head of")):
        return introducer["owner"]
    return officer


def _context_owner(sentence: Sentence, before: str, officers: dict[str, str], leads: dict[str, str]) -> str | None:
    """Who a step whose subject names nobody falls to, as the sentence before or the item's heading says."""
    text, officer = sentence.text, officers.get(sentence.item or "")
    if text.startswith(("He ", "She ")) and PRONOUN_COMMIT_RE.match(text):
        return _pronoun_owner(before, officer)
    if sentence.margin_owner:
        return None  # the Action column names who acts
    if text.startswith(("It ", "They ", "The ")) and (commit := CONTEXT_COMMIT_RE.match(text)):
        opening = commit[0][:4]
        if opening == "It w":
            return _pronoun_owner(before, officer)
        return _they_owner(before) if opening == "They" else _officer_owner(before, officer)
    if PASSIVE_STEP_RE.match(text):
        offered = OFFERED_SUBJECT_RE.match(before)
        if offered and (_looks_like_owner(offered["owner"]) or BODY_NAME_RE.fullmatch(offered["owner"])):
            return offered["owner"]
        return leads.get(sentence.item or "")
    return None


def _last_person(text: str) -> str | None:
    """The last titled person a sentence names ('The Chair thanked Mrs Green.')."""
    person = None
    for person in PERSON_RE.finditer(text):  # noqa: B007 - the last one
        pass
    return strip_title(person[0]) if person else None


def _opens_item(text: str, headings: list[tuple[str, str]]) -> bool:
    """The paragraph starts with an item's numbered heading ('24. Better Care Fund Plan 2025/26')."""
    return any(text.startswith(number) and text[len(number) :].lstrip().startswith(title) for number, title in headings)


COMMITMENT_CUE_RE = re.compile(r"\b(?:agreed|resolved|will|would|should|to\s+[a-z]{3,})\b", re.I)


# "County Councillor's report", "District Councillors' Reports", "Police report": a minute recording what another
# council or the police are doing, not what this council is to do.
# A written question's heading ("Question by Susan Carey to Neil Baker, Cabinet Member for …", "Question 3 from
# Mr Lee to the Leader") and the heading of its answer ("Answer", "Reply:", "Response"): the question asks, and what it
# recalls ("Mr Baker agreed that he would instruct the officers …") was said at an earlier meeting; the answer acts.
QUESTION_HEAD_RE = re.compile(r"^Question\s+(?:\d{1,3}\s+)?(?:by|from)\s+[A-Z][^.?!]{0,80}?\s+to\s+[A-Z]")
ANSWER_HEAD_RE = re.compile(r"^(?:Answer|Reply|Response)\b\s*:?")
QUESTION_SPAN_MAX = 15  # paragraphs: a question whose answer heading does not follow this soon is not skipped


def _question_ends(texts: list[str], index: int) -> int | None:
    """After a written question's heading at ``index``: the index of its answer's heading, if one follows soon."""
    if not QUESTION_HEAD_RE.match(texts[index]):
        return None
    for later in range(index + 1, min(len(texts), index + 1 + QUESTION_SPAN_MAX)):
        if ANSWER_HEAD_RE.match(texts[later]):
            return later
        if QUESTION_HEAD_RE.match(texts[later]):
            return None
    return None


OUTSIDE_REPORT_RE = re.compile(
    r"(?i:(?:county|district|borough|unitary|ward|city|divisional)\s+councill?or(?:s|['’]s|s['’])?\s+reports?|"
    r"(?:police|pcso|neighbourhood\s+policing)\s+reports?)\b"
)


def _run_in_heading_end(paragraph: Paragraph, text: str, line_ends: list[int]) -> int:
    """Where the minute's text starts after its bold number and heading printed on the same line ("TC48/2025
    HIGHWAYS: POTHOLES ON MILL LANE Members reported …", "26/051 Election of Chairman It was resolved …"); 0 when
    the paragraph does not open with a heading run into its text. The heading ends on the paragraph's first line."""
    if not paragraph.lines[0].bold:
        return 0
    first = text[: line_ends[0]]
    if (
        len(paragraph.lines) > 1
        and not paragraph.lines[1].bold
        and MINUTE_LABEL_START_RE.match(first)
        and len(first.split()) <= 12
        and not first.rstrip().endswith((":", ".", ";"))
    ):
        return line_ends[0]  # "65. Housing Investment Fund" in bold over "Priya Nair undertook to …": the whole line
    match = RUN_IN_HEADING_RE.match(text)
    if not match or match.end() >= line_ends[0] or ATTENDANCE_LABEL_RE.match(match["heading"]):
        return 0  # "(1) Present:- Mrs Jane Leeson …": a list's label, which says what the list is
    return match.end()


def _commitment_cue(text: str) -> bool:
    return bool(COMMITMENT_CUE_RE.search(text))


# A paper's heading over the steps still to take, besides ACTION_LIST_HEAD_RE's "Next steps" and "Actions": "3.
# Implementation", "Key points and actions", "Executive response", "Response to the recommendations".
HEADING_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\.?\s+")  # "3. ", "3.2 " before a heading's words
STEP_SECTION_HEAD_RE = re.compile(
    r"^(?:implementation(?:\s+(?:plan|arrangements|and\s+next\s+steps))?|"
    r"next\s+steps\s+and\s+(?:implementation|timescales?)|key\s+points\s+and\s+actions|actions\s+and\s+next\s+steps|"
    r"(?:executive|cabinet)\s+response(?:\s+to\s+(?:the\s+)?recommendations)?|"
    r"response\s+to\s+(?:the\s+)?recommendations)\s*:?\s*$",
    re.I,
)


def _section_heading(plain: str) -> bool:
    """Whether a paragraph of a paper is a heading ("3. Implementation", "Background", "Implementation date: 12 March
    2026"): short, not a sentence (no closing stop), not a bare number ("3.")."""
    text = plain.strip()
    return (
        0 < len(text) <= 60
        and len(text.split()) <= 8
        and text[-1] not in ".;,"
        and (text[0].isupper() or text[0].isdigit())
        and re.search(r"[A-Za-z]{3}", text) is not None
    )


def sentences(
    pages: list[PageLayout], items: list[AgendaItem], reader: ParagraphReader | None = None, *, minutes: bool = False
) -> Iterator[Sentence]:
    """``minutes``: the document is minutes by its own words, even when no minute's heading was found (a record
    numbering its minutes "271/25/26")."""
    in_resolution = False
    asked: str | None = None
    decided = False  # the open list is a decision record's ("Decision:"), not a list of resolutions
    conditions = False  # the bullets that follow are a permission's conditions
    in_minutes = minutes or any(item.kind == "minutes" for item in items)
    action_list = False  # under a heading that opens a list of actions ("Next steps", "Actions arising")
    step_section = False  # in a paper that is not minutes, under "Next steps", "Implementation", "Actions" …
    locate_item = ItemLocator(items)
    officers = {item.number: officer for item in items if (officer := _item_officer(item))} if in_minutes else {}
    leads = {number: officer for number, officer in officers.items() if _lead_in_title(items, number)}
    last_text, last_item = "", None  # the sentence before, for whom a pronoun names
    headings = [(f"{item.number}.", item.title[:30]) for item in items if item.number and item.title]
    outside_reports = {item.number for item in items if item.number and OUTSIDE_REPORT_RE.match(item.title or "")}
    known_initials = frozenset(initials_map(pages))
    surnames = _full_name_surnames(pages) if in_minutes else frozenset()
    found_paragraphs = join_page_breaks((reader or ParagraphReader())(pages))
    texts_and_ends = [paragraph.text_and_line_ends() for paragraph in found_paragraphs]
    texts = [text for text, _ in texts_and_ends]
    carried_owner: str | None = None  # margin initials handed on to the next paragraph's action
    taken_label: str | None = None  # the next paragraph's first line, an owner label given to this one's last sentence
    index = 0
    while index < len(found_paragraphs):
        paragraph = found_paragraphs[index]
        first = paragraph.lines[0]
        # + 0.5: a heading's box is rounded to a tenth; a paragraph opening on the heading's line is in its item
        item = locate_item(paragraph.page, first.top + 0.5)
        text, line_ends = texts_and_ends[index]
        label_line, taken_label = taken_label, None
        if (in_resolution or action_list) and _opens_item(text, headings):  # "24. Better Care Fund Plan": a list ends
            in_resolution, asked, decided, action_list = False, None, False, False
        is_bullet = bool(
            BULLET_RE.match(text)
            or (in_resolution and LETTER_BULLET_RE.match(text))
            or (asked and MOTION_START_RE.match(text))  # "RECOMMENDED TO COUNCIL:" over "That …"
        )
        if (answer := _question_ends(texts, index)) is not None:  # a written question asks: its answer acts
            index = answer
            continue
        if (
            owner := _label_owner_only(text, in_minutes, surnames)
        ) is not None:  # "Action: AG" under the sentence it owns
            index += 1
            continue
        conditions = conditions and BULLET_RE.match(text) is not None
        if conditions:  # "2. Approved plans": a condition of the permission resolved just before
            index += 1
            continue
        # a labelled action runs to the end of its paragraph (not an owner's label the paragraph above took)
        if ACTION_LABEL_RE.match(text) and not (label_line and text.startswith(label_line)):
            action, due = _split_due_label(text)
            following = found_paragraphs[index + 1] if index + 1 < len(texts) else None
            # "Lead: Head of Environmental Services" on the line under it: who takes it
            owner = (
                _label_owner_only(texts[index + 1], in_minutes, surnames)
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
            motion = CLOSING_QUOTE_RE.sub("", motion)  # "… at Crossmolina”.": the quote closed before the stop
            if BODY_COLON_LEAD_RE.fullmatch(motion):  # "That the Waitematā Local Board:": its lettered parts follow
                in_resolution, asked, decided = True, None, False
                index += 1
                continue
            in_resolution, asked = False, None
            if _fails_next(found_paragraphs, texts, index):  # "THAT staff be directed to …" over "DEFEATED"
                index += 2
                continue
            yield Sentence(motion, paragraph.page, first.bbox, item, None, False, in_minutes=in_minutes, block=True)
            index += 1
            continue
        if MOTION_START_RE.match(text) and (span := _motion_span(texts, index)) is not None:
            motion = MOTION_OUTCOME_RE.sub("", " ".join(texts[index : span[0]]))
            last = span[0] - 1  # the motion's last paragraph
            failed = MOTION_FAILED_OUTCOME_RE.search(texts[last]) or _fails_next(found_paragraphs, texts, last)
            if not failed:  # "THAT …" over its lines, then "DEFEATED"
                yield Sentence(motion, paragraph.page, first.bbox, item, None, False, in_minutes=in_minutes, block=True)
            in_resolution, asked = False, None
            index = span[1]
            continue
        found: list[Sentence] = []
        run_in = run_in_decided = False  # "RESOLVED: That the Council (a) adopts …; (b) …": one resolution's parts
        run_in_asked: str | None = None  # "It is recommended that Cabinet: (a) …; (b) …" in a report: put to Cabinet
        heading_end = _run_in_heading_end(paragraph, text, line_ends)
        for sentence, start in _unstopped_breaks(paragraph, split_sentences(text), text, line_ends):
            if start == 0 and sentence == label_line:
                continue  # the label owns the paragraph above
            if start < heading_end:  # the heading is the item's title, not part of its text
                if start + len(sentence) <= heading_end:
                    continue
                sentence, start = text[heading_end : start + len(sentence)], heading_end
            if not found:  # "The Cabinet has (a) approved …" records a decision; "RESOLVED: … (a) …" resolves
                run_in = _run_in_list(sentence)
                run_in_decided = not sentence.lstrip().lower().startswith("resolved")
                if not in_minutes and not in_resolution and (lead := RECOMMENDED_RUN_IN_RE.match(sentence)):
                    run_in_asked = strip_title(lead["body"])
                    sentence, start = sentence[lead.end() :], start + lead.end()
            run_in = run_in and (not found or BULLET_RE.match(sentence) is not None)
            run_in_asked = run_in_asked if BULLET_RE.match(sentence) else None
            later_part = run_in and bool(found)  # "(b) approves …": a later part of the run-in resolution
            end = start + len(sentence)
            owners = [
                owner
                for owner, line_end in zip(paragraph.line_owners, line_ends, strict=True)
                if owner and start < line_end <= end + 1
            ]
            line_index = next((i for i, line_end in enumerate(line_ends) if line_end > start), 0)
            if found and (owner_due := _label_owner_and_due(sentence, in_minutes, surnames)) is not None:
                found[-1].margin_owner = found[-1].margin_owner or owner_due[0]  # "… Action: Clerk – by 30 November"
                found[-1].due_hint = found[-1].due_hint or owner_due[1]
                continue
            if found and in_minutes and (owner := _to_action_owner(sentence)) is not None:
                found[-1].margin_owner = found[-1].margin_owner or owner  # "… to be replaced. Clerk to action."
                continue
            if found and (owner := _label_owner_only(sentence, in_minutes, surnames)) is not None:
                found[-1].margin_owner = found[-1].margin_owner or owner  # "… glass replacing. Action: AG"
                continue
            if (
                found
                # a label on a line of its own may be a later item's, unless nothing follows it in the paragraph ("The
                # Clerk to obtain quotes …" over "Deadline: 4 April")
                and (not _opens_line(start, line_ends) or not text[start + len(sentence) :].strip())
                and (due := _due_label_only(sentence)) is not None
            ):
                found[-1].due_hint = found[-1].due_hint or due  # "Clerk to write …. Date due: 30 November"
                continue
            if (
                found
                and found[-1].page == paragraph.page
                and (
                    BACK_REFERENCE_DECISION_RE.match(sentence)
                    or (MOTION_OUTCOME_LINE_RE.match(sentence) and MOTION_TO_START_RE.match(found[-1].text))
                )
            ):
                found[-1].text += " " + sentence  # "… the appointment of X as auditor. The appointment was agreed."
                continue
            if (
                found
                and MOTION_FAILED_LINE_RE.match(sentence)
                and (MOTION_BY_RE.match(found[-1].text) or MOVED_RE.match(found[-1].text))
            ):
                found.pop()  # "Motion by A, second by B, to direct staff to …. Motion failed 2-3.": nothing to do
                continue
            if found and VOTE_TALLY_RE.match(sentence):
                continue  # "… to fund the postage. All in favour. Clerk to action.": the vote, then who acts on it
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
                column_due = COLUMN_DUE_RE.search(part) if margin else None
                if column_due:  # "Circulate the draft budget   Clerk   30 Nov": owner and date columns
                    part = part[: column_due.start()]
                if in_minutes and not in_resolution and (step := LISTED_STEP_RE.match(part)):
                    part = part[step.start("step") :]  # "(a) Clerk to chase …" under "Matters arising": the step
                tail = part[-40:]
                if margin is None and in_minutes and (TAIL_MARK_RE.search(tail) or tail.rstrip(". ")[-1:] in ")]"):
                    margin = _tail_owner(part, known_initials)
                found.append(
                    Sentence(
                        part,
                        paragraph.page_of_line(line_index),
                        paragraph.lines[line_index].bbox,
                        item,
                        margin,
                        (in_resolution and is_bullet) or later_part or run_in_asked is not None,
                        column_due["due"] if column_due else None,
                        asked=run_in_asked or (asked if in_resolution and is_bullet else None),
                        decided=(decided and in_resolution and is_bullet) or (later_part and run_in_decided),
                        in_minutes=in_minutes,
                        in_action_list=action_list and is_bullet,
                        in_step_section=step_section,
                        outside_report=in_minutes and item in outside_reports,
                    )
                )
        if (
            found
            and (MOTION_BY_RE.match(found[-1].text) or MOVED_RE.match(found[-1].text))
            and _fails_next(found_paragraphs, texts, index)
        ):
            found.pop()  # "Moved by A, seconded by B, that staff be directed to …" over "Motion lost.": nothing to do
        if found and paragraph.closing_due and not found[-1].due_hint:
            found[-1].due_hint = paragraph.closing_due  # the row's date, carried to its sentence's end
        if found and not found[-1].margin_owner and index + 1 < len(texts):
            following = found_paragraphs[index + 1]
            if following.page == paragraph.page and (
                owner := _label_owner_only(texts[index + 1], in_minutes, surnames)
            ):
                found[-1].margin_owner = owner
            elif following.page == paragraph.page and (
                owner := _label_owner_only(label := following.lines[0].text.strip(), in_minutes, surnames)
            ):  # "Action: Tamsin Holloway" over "It was noted that …", one paragraph: the label owns this one
                found[-1].margin_owner, taken_label = owner, label
        if carried_owner and found and not found[0].margin_owner:
            found[0].margin_owner = carried_owner
        carried_owner = None
        _place_margin_owners(found)
        joined_parts = False
        if index + 1 < len(texts) and found_paragraphs[index + 1].page == paragraph.page:
            carried_owner = _carry_margin_owner(found, texts[index + 1])
            if in_minutes and found and _agreed_list_lead_in(found[-1].text) and _named_parts(texts[index + 1]):
                found[-1].text += " " + texts[index + 1]  # "… agreed for the mandate that: a. X - is removed b. …"
                joined_parts = True
        if in_minutes:
            for sentence in found:
                before = last_text if last_item == sentence.item and not ATTENDANCE_LABEL_RE.match(last_text) else ""
                sentence.context_owner = _context_owner(sentence, before, officers, leads)
                last_text, last_item = sentence.text, sentence.item
        plain = PARAGRAPH_NUMBER_RE.sub("", text, count=1)
        lead_text = _closing_sentence(plain)
        # "Moved: Cr Whitlam Seconded: Cr Bradbury" run into "That Council:": the motion's record before its lead-in
        bare_lead = MOTION_RECORD_RE.sub("", lead_text, count=1) if in_minutes else lead_text
        if found and found[-1].text == lead_text and (_list_lead_in(lead_text) or _list_lead_in(bare_lead)):
            found.pop()  # "(… 2025.) The Committee resolved:-": the lead-in of the parts that follow, not one
        yield from found
        if not in_minutes and _section_heading(plain):  # a paper's heading opens or closes its section of steps
            heading = HEADING_NUMBER_RE.sub("", plain.strip(), count=1)
            step_section = bool(ACTION_LIST_HEAD_RE.match(heading) or STEP_SECTION_HEAD_RE.match(heading))
        if in_minutes and len(lead_text) <= 80 and ACTION_LIST_HEAD_RE.match(lead_text):  # "… by Gwen. Next steps:"
            action_list = True
        elif not is_bullet:
            action_list = False
        resolved = RESOLVED_RE.match(DECISIONS_HEAD_RE.sub("", plain, count=1))
        unlabelled = RECOMMENDATION_LABEL_RE.sub("", plain, count=1)  # "Recommendation(s): Cabinet is asked to:"
        if (
            lead_in := ASKED_TO_RE.match(unlabelled) or _report_lead_in(unlabelled, in_minutes, in_resolution)
        ) is not None:
            in_resolution, asked, decided = True, strip_title(lead_in["body"]), False
        elif (taker := DECISION_TAKER_RE.match(lead_text)) is not None:
            in_resolution, asked, decided = True, strip_title(taker["body"]), True
        elif "ECOMMENDED" in lead_text.upper() and (recommended := RECOMMENDED_LEAD_RE.match(lead_text)):
            body = recommended["body"]
            in_resolution, asked, decided = True, body.title() if body.isupper() else body, False
        elif (resolved or _resolution_lead_in(lead_text)) and CONDITIONS_LEAD_RE.search(plain):
            in_resolution, asked, decided, conditions = False, None, False, True  # the conditions of what was resolved
        elif resolved and (
            not resolved["text"]
            or text.rstrip(" -–").lower().endswith((":", "that", "to"))  # "RESOLVED: That the Committee:-"
            or BULLET_RE.match(resolved["text"])
        ):
            in_resolution, asked = True, None
            decided = plain[:1] in "Dd" and not re.search(r"\bRESOLVED\b", plain)  # "Decision:" over its parts
        elif in_minutes and bare_lead[:4] == "That" and BODY_COLON_LEAD_RE.fullmatch(bare_lead.strip()):
            in_resolution, asked, decided = True, None, False  # "That the Waitematā Local Board:" over a) …, b) …
        elif (lead := _resolution_lead_in(lead_text)) and (
            lead.re is not BODY_ALONE_LEAD_RE or (index + 1 < len(texts) and DECIDED_PART_RE.match(texts[index + 1]))
        ):
            in_resolution, asked, decided = True, None, lead["verb"].lower() != "resolved"
            if "recommend" in lead_text.lower() and index + 1 < len(texts):  # "RESOLVED TO RECOMMEND:"
                asked = lead.groupdict().get("to") or _recommended_to(texts[index + 1])
        elif plain[:1] in "TtRrPp" and CARRIED_LEAD_IN_RE.match(plain):
            in_resolution, asked, decided = True, None, False  # the carried recommendation's parts follow as bullets
        elif (asked and _ends_recommendations(text, is_bullet)) or not (
            is_bullet or (in_resolution and _inside_resolution(text))
        ):
            in_resolution, asked, decided = False, None, False
        index += 2 if joined_parts else 1
