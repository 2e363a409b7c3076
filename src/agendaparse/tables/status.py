"""Status and RAG: status words in one vocabulary (normalise_status), 'Done?' cells
(done_status), and a RAG rating from a cell's fill colour (rag_from_colour).
"""

from __future__ import annotations

import colorsys
import re

from .. import colour_key
from ..dates import parse_date
from .cells import cell_head
from .owner_date_cells import GIVEN_NAMES, MAX_DATE_CHARS

STATUS_WORDS = {
    "complete": (
        "complete", "completed", "done", "closed", "achieved", "delivered", "finished", "resolved", "implemented",
        "actioned", "discharged",
    ),
    "ongoing": (
        "ongoing", "on-going", "on going", "in progress", "open", "on track", "underway", "under way", "continuing",
        "started", "commenced", "on target",
        "in hand", "plan in place", "progressing", "being progressed", "in train", "outstanding", "not complete",
        "incomplete", "awaiting", "pending", "chased", "no response", "no responses", "partially implemented",
        "partly implemented", "partially achieved", "partly achieved", "partially complete", "partially completed",
        "not completed",
        # a log's action carried to the next meeting is still open
        "carried forward", "carried over", "rolled over", "c/f",
        # work going on but threatened or slipping (README stop 33): ongoing; only a colour word or a fill rates it
        "at risk", "some disruption", "behind schedule",
        # an annual plan's success criteria on their way to being met (an IFCA's 'Met' / 'Working towards')
        "working towards", "partially met", "partly met",
        # a target not reached (yet): the action not done, not said to be late or stopped (round 57), as 'not completed'
        "not met", "not yet met",
    ),
    "paused": ("paused", "on hold", "deferred", "suspended"),
    "not started": (
        "not started", "not yet started", "yet to start", "planned", "not yet begun", "not yet due", "not commenced",
        "not yet commenced", "not yet implemented", "not due",
    ),
    "overdue": ("overdue", "late", "delayed", "behind", "off track", "lagging", "slipped", "past due", "slipping"),
}  # fmt: skip
# a criterion reported met, as the whole cell ('Met'): complete; the word inside an update is a meeting's
# (an improvement plan's 'Embedded', as the whole cell: done and sustained; 'being embedded' in an update is not)
# a target passed ('Exceeded', round 57) as the whole cell is met too; 'the budget was exceeded' in an update is not
TARGET_MET_CELLS = {"met", "fully met", "target met", "embedded", "fully embedded", "exceeded", "target exceeded",
                    "met and exceeded", "met/exceeded", "met / exceeded"}  # fmt: skip
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green"}


ICON_SIZE = (3.0, 18.0)  # pt: the width and height of a status icon drawn as a filled shape (a traffic light's dot)


def icon_fills(curves: list[dict]) -> list[dict]:
    """Filled shapes of an icon's size that are no rectangle, about as wide as high: a performance system's traffic
    light drawn as a coloured dot with no word (Pentana, Covalent, Smartsheet exports). Read as a cell's fill when
    one stands inside a status or RAG cell (:func:`_cell_colour`)."""
    return [{**curve, "icon": True} for curve in curves if _is_icon(curve)]


def _is_icon(curve: dict) -> bool:
    wide, high = curve["x1"] - curve["x0"], curve["bottom"] - curve["top"]
    low, top = ICON_SIZE
    return bool(curve.get("fill")) and low <= wide <= top and low <= high <= top and 0.6 <= wide / high <= 1.6


def shape_fills(curves: list[dict]) -> list[dict]:
    """Filled shapes larger than an icon that are no rectangle (a roadmap's rounded bar), marked as shapes: no cell's
    shading (:func:`_cell_colour`) nor a row's band."""
    return [{**curve, "shape": True} for curve in curves if curve.get("fill") and not _is_icon(curve)]


def _cell_colour(boxes: list, column: int, fills: list[dict], key: dict | None = None) -> str | None:
    """Red / Amber / Green from the fill of the smallest shaded rectangle under a cell's centre, else of an icon
    (:func:`icon_fills`) whose centre stands in the cell."""
    if column >= len(boxes) or boxes[column] is None:
        return None
    x0, top, x1, bottom = boxes[column]
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    under = [
        rect
        for rect in fills
        if not rect.get("icon")
        and not rect.get("shape")
        and rect["x0"] <= cx <= rect["x1"]
        and rect["top"] <= cy <= rect["bottom"]
        and (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]) <= 4 * (x1 - x0) * (bottom - top)
    ]
    if not under:
        under = [
            icon
            for icon in fills
            if icon.get("icon")
            and x0 <= (icon["x0"] + icon["x1"]) / 2 <= x1
            and top - (icon["bottom"] - icon["top"]) / 2
            <= (icon["top"] + icon["bottom"]) / 2
            <= bottom + (icon["bottom"] - icon["top"]) / 2
        ]
    if not under:
        return None
    smallest = min(under, key=lambda rect: (rect["x1"] - rect["x0"]) * (rect["bottom"] - rect["top"]))
    colour = smallest.get("non_stroking_color")
    return colour_key.rag_for_fill(colour, key or {}) or rag_from_colour(colour, pale=True) or _brag_blue(colour)


def _brag_blue(colour: object) -> str | None:
    """A status cell filled a full blue (BRAG's completed): 'Blue'; a pale or greyish blue is decoration."""
    rgb = colour_key.rgb_components(colour)
    if rgb is None:
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    return BRAG_BLUE if 190 <= hue * 360 < 250 and saturation >= 0.5 and 0.25 <= lightness <= 0.7 else None


def rag_from_colour(colour: object, *, pale: bool = False) -> str | None:
    """A fill colour (grey, RGB or CMYK components in 0..1) as Red, Amber or Green; None otherwise.
    ``pale``: the fill is of a status cell, where pale tints rate too (Excel's 'Good', 'Neutral'
    and 'Bad' cell styles); elsewhere a pale tint is decoration."""
    rgb = colour_key.rgb_components(colour)
    if rgb is None:
        return None  # a pattern or no colour (grey has no hue and fails the saturation test below)
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    if saturation < 0.35 or not 0.15 <= lightness <= (0.92 if pale else 0.85):
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return "Red"
    if degrees < 66:  # orange to yellow: both are used for amber
        return "Amber"
    if 70 <= degrees < 170:
        return "Green"
    return None


# 'at risk' after a word ('people at risk', 'the children at risk of harm') says whom the work is for, not how it
# stands; as a status it opens the cell or follows a mark ('At risk', 'Amber - at risk')
WORD_PATTERNS = {"at risk": r"(?<![a-z] )\bat risk\b(?! of\b)"}
STATUS_PATTERNS = [
    (re.compile(WORD_PATTERNS.get(word, rf"\b{re.escape(word)}\b")), status)
    for status, words in STATUS_WORDS.items()
    for word in words
]
# A date cell that opens with a status ('Complete - 3/4/24', 'Done 12/3'); not 'Ongoing', which in a timescale says
# when (no end date), not how far the work has gone (dev gold, Kent ICS priorities)
STATUS_FIRST_RE = re.compile(r"(?<!\s)\s*+(completed?|done|closed|in progress|overdue|deferred|on hold)\b", re.I)
STATUS_LABEL_RE = re.compile(r"\bstatus\s*[:\-–]\s*([^.;\n]{2,40})", re.I)
# An update naming who is to act next ('AS to chase'): still in hand; 'once'/'when' something
# happens: not begun.
PENDING_RE = re.compile(r"^(?:[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:to|will) [a-z]{3,}")
CONDITIONAL_RE = re.compile(r"\b(?:once|when|after)\b", re.I)


# an action closed without being done: superseded, withdrawn, cancelled, rejected or merged, alone or after 'Closed'
# ('Closed – superseded by action 12'): none of the README's five statuses (status null, its words kept in
# status_text); 'Closed' alone is complete, as the dev golds read the Souldern logs
ENDED_UNDONE_RE = re.compile(
    r"(?:closed\s*[-–—:,(]?\s*)?(?:superseded|withdrawn|cancell?ed|rejected|merged|no longer required"
    r"|not (?:implemented|required|taken forward|achieved|delivered)|will not (?:be )?implement(?:ed)?)\b"
)


# the lead holds the work done and asks the board to agree its closure ('Proposed for closure', 'Request to close',
# 'Awaiting closure'): complete, as a log's 'Resolved' (done, awaiting verification) is
PROPOSED_CLOSURE_RE = re.compile(
    r"(?:(?:propos|recommend|request|suggest|agre)(?:e|ed)?|awaiting|ready)\s+(?:for\s+closure|to\s+(?:be\s+)?close|closure)\b"
)
# 'Open – overdue', 'Open - not yet due': an open action qualified by a status of its own, which decides (an
# audit tracker's Excel export; tables round 48)
OPEN_QUALIFIED_RE = re.compile(r"open\s*[-–—:,(]\s*")
# a BRAG rating's blue: the action is completed (a rating beyond red, amber and green, so no RAG)
BRAG_BLUE = "Blue"


# the status a cell opens with decides, so only its opening is searched (the longest status cell
# read on dev is about 270 characters; past this a cell is an update paragraph)
MAX_STATUS_CHARS = 2000


# a key printed beside a RAG-rated table says what each colour means in this document ('RAG: Green –
# complete; Amber – in progress; Red – overdue or at risk'); a colour word, a dash or colon, and its meaning
RAG_MEANING_RE = re.compile(
    r"\b(red|amber|green)\s*(?:[-–—:=]|means)\s*([a-z][a-z ,/]{2,40}?)\s*(?=[;.,)\n]|$|\s(?:red|amber|green)\b)", re.I
)


def _meaning(text: str) -> str:
    """'action completed', 'work is on track' -> 'completed', 'on track': the status the key gives."""
    return re.sub(
        r"^(?:the\s+)?(?:actions?|work|tasks?|activit(?:y|ies)|targets?)\s+(?:is\s+|are\s+|has been\s+)?",
        "",
        text,
        flags=re.I,
    )


def rag_statuses(text: str) -> dict[str, str]:
    """Red / Amber / Green -> status, from a key line naming at least two colours' meanings.

    Only a line that defines two colours or more counts: 'Green – complete' alone is as likely a
    cell's wording as a key. A colour defined two ways (two keys that disagree) is left out."""
    meanings: dict[str, set[str]] = {}
    for line in text.splitlines():
        if len(line) > 400:
            continue
        found = [
            (m[1].lower(), normalise_status(_meaning(m[2]), opening_only=True)[0])
            for m in RAG_MEANING_RE.finditer(line)
        ]
        found = [(colour, status) for colour, status in found if status]
        if len({colour for colour, _ in found}) < 2:
            continue
        for colour, status in found:
            meanings.setdefault(RAG_WORDS[colour], set()).add(status)
    return {colour: statuses.pop() for colour, statuses in meanings.items() if len(statuses) == 1}


# what may stand before a completion that speaks of the whole action: a sentence's start, or 'Action' / 'the
# work is now' at it ('… payment made. Action closed')
WHOLE_ACTION_BEFORE_RE = re.compile(
    r"(?:^|[.;:]\s*)(?:(?:the\s+)?(?:action|item|task|work)\s+(?:is\s+|now\s+|has been\s+)*)?$"
)


def _opens_sentence(lowered: str, position: int) -> bool:
    return position == 0 or WHOLE_ACTION_BEFORE_RE.search(lowered[max(0, position - 40) : position]) is not None


def normalise_status(text: str, *, opening_only: bool = False) -> tuple[str | None, str | None]:
    """Status text -> (status, rag) in our vocabulary, or None where it says neither. Where the
    text names several ('Completed. ... still outstanding'), the one it opens with decides; a
    one-word status misspelt by a letter ('Compete') still counts. With ``opening_only`` (an update
    paragraph, not a status cell) a completion counts only where the text or one of its sentences
    opens with it ('… payment made. Action closed'):
    'Consultation closed; report to Cabinet in January' says how one step went, not that the action
    is complete; 'Two findings outstanding' still says the action is in hand (as the dev gold reads
    updates)."""
    text = cell_head(text, MAX_STATUS_CHARS)
    lowered = " ".join(text.lower().split())
    rag = None
    for word, colour in RAG_WORDS.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered) and (len(word) > 1 or lowered == word):
            rag = colour
            break
    if ENDED_UNDONE_RE.match(lowered):
        return None, rag
    if PROPOSED_CLOSURE_RE.match(lowered):
        return "complete", rag
    if lowered.strip(" .") == "blue":
        return "complete", None
    if lowered.strip(" .") in TARGET_MET_CELLS:
        return "complete", rag
    qualified = OPEN_QUALIFIED_RE.match(lowered)
    opening = _statuses(lowered[qualified.end() :]) if qualified else []
    if opening and opening[0][0] == 0:
        return opening[0][2], rag
    found = _statuses(lowered)
    if opening_only:  # an update: a completion inside it is often one step's ('Phase 1 completed; …')
        found = [status for status in found if status[2] != "complete" or _opens_sentence(lowered, status[0])]
    if found:
        return found[0][2], rag
    words = lowered.strip(" .!").split()
    if words in (["new"], ["future"]):
        return "not started", rag  # a newly raised action, or one set for later
    if len(words) == 1:
        for status, vocabulary in STATUS_WORDS.items():
            if any(" " not in word and len(word) >= 6 and _one_edit(words[0], word) for word in vocabulary):
                return status, rag
    if 0 < len(words) <= 3 and (squeezed := _squeezed(lowered)) in SQUEEZED_STATUSES:
        # a cell's words wrapped in a narrow column and joined wrong: 'Behindschedule', 'In prog ress'
        return SQUEEZED_STATUSES[squeezed], rag
    pending = PENDING_RE.match(" ".join(text.split()))
    if pending and re.match(r"[A-Z][a-z]+ed\b", pending[0]) and pending[0].split()[0] not in GIVEN_NAMES:
        pending = None  # 'Circulated to members on 3 October': what was done, not who is to act
    if pending:
        return ("not started" if CONDITIONAL_RE.search(text) else "ongoing"), rag
    return None, rag


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\-.]", "", text)


SQUEEZED_STATUSES = {
    _squeezed(word): status for status, words in STATUS_WORDS.items() for word in words if len(_squeezed(word)) >= 6
}


def _statuses(lowered: str) -> list[tuple[int, int, str]]:
    """Each status word the text names: (where it starts, minus its length, the status), the first and longest first."""
    return sorted(
        (match.start(), -len(match[0]), status)
        for pattern, status in STATUS_PATTERNS
        if (match := pattern.search(lowered))
    )


YES_RE = re.compile(r"(?:yes|y|done|[✓✔☑✅])\.?", re.I)
NO_RE = re.compile(r"(?:no|n|not yet|[✗✘☐❌])\.?", re.I)


def done_status(text: str) -> str | None:
    """A 'Done?' or 'Closed' cell: 'Yes', 'Y' or a tick is complete; 'No' or 'N' still open
    (ongoing); a date, the day it was closed (complete)."""
    text = " ".join(text.split())
    if YES_RE.fullmatch(text):
        return "complete"
    if NO_RE.fullmatch(text):
        return "ongoing"
    if 0 < len(text) <= MAX_DATE_CHARS and len(text.split()) <= 4 and re.search(r"\d", text) and parse_date(text).date:
        return "complete"
    return None


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    for index in range(len(a)):
        if a[index] != b[index]:
            return a[index + (len(a) == len(b)) :] == b[index + 1 :]
    return True
