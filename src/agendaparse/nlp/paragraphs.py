"""Page lines to paragraphs and paragraphs to sentences; owners printed in an "Action" margin column."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..pdf import Line, PageLayout
from ..segment.numbering import parse_item_number
from ..segment.patterns import FINITE_VERBS, JOINING_END_RE, _titled
from .names import GIVEN_NAMES, NAME_WORD, NOT_INSIDE_SPACES
from .patterns import (
    ACTION_LABEL_RE,
    BULLET_RE,
    DUE_LABEL_RE,
    LETTER_BULLET_RE,
    MINUTE_LABEL_START_RE,
    NOT_OWNERS,
    OWNER_VERB_RE,
    RESOLVED_RE,
    RUN_ON_HEADING_RE,
    SURNAME,
    SURNAME_RE,
    TITLES,
)

# "re." (regarding) as a word of its own, not the end of "we're."
ABBREVIATIONS = re.compile(
    r"\b(?:Cllr|Mr|Mrs|Ms|Dr|Prof|No|Nos|St|e\.g|i\.e|etc|approx|vs|Rev|Revd|Supt|Sgt|(?<![\w'’])re)\.$"
)


# "Cllr Mrs P." / "J. R.": an initial after a title or another initial, and the name goes on.
INITIALS_END_RE = re.compile(rf"(?:\b(?:{TITLES})\s+(?:[A-Z]\.\s?)*|\b[A-Z]\.\s?)[A-Z]\.$")

LETTER_LABEL_RE = re.compile(r"(?:^|(?<=\s))([A-Z])\.\s+(?=[A-Z])")

# "K. Tennant is to …", "…, K. Tennant, S. Young": a member's initial alone, opening the sentence or a list's entry;
# "seconded by D. Tamm", "agreed that I. Judd would …": after a word that names who comes next.
LONE_INITIAL_END_RE = re.compile(r"(?:^|[,;:]\s|\s(?:and|&|by|that|to|from|with|for)\s)[A-Z]\.$")

# "appoint Martha E. | Greaves to …": a given name's middle initial, and the surname goes on.
MIDDLE_INITIAL_END_RE = re.compile(rf"\b({NAME_WORD})\s[A-Z]\.$")


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
    decided: bool = False  # a bullet under "Decision:" (a decision record's parts)
    outside_report: bool = False  # under "County Councillor's report", "Police report": another body's doings
    in_step_section: bool = False  # a paper's (not minutes') section of steps to come: "Next steps", "Implementation"


# "Barrington-" ending a line: a compound name broken at its hyphen (tested on the last two characters).
COMPOUND_HYPHEN_END_RE = re.compile(r"[a-z]-$")


@dataclass
class Paragraph:
    lines: list[Line] = field(default_factory=list)
    page: int = 0
    line_owners: list[str | None] = field(default_factory=list)
    line_pages: list[int] = field(default_factory=list)  # each line's page, when the paragraph runs over a page break
    # a Due column's date carried to where the paragraph's sentence ends, kept off its text (the row below printed
    # its own: "4.2   Circulate …   PC   30 Sept" / "6.1   Book …   LP   31 Jan")
    closing_due: str | None = None
    _text_and_line_ends: tuple[str, list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    def text_and_line_ends(self) -> tuple[str, list[int]]:
        """The paragraph's text (hyphenation at line ends repaired) and where each line ends in it;
        made once, after the paragraph's lines are complete."""
        if self._text_and_line_ends is None:
            self._text_and_line_ends = self._join_lines()
        return self._text_and_line_ends

    def page_of_line(self, index: int) -> int:
        return self.line_pages[index] if self.line_pages else self.page

    def _join_lines(self) -> tuple[str, list[int]]:
        # the hyphen test reads only the text's last two characters: a search of the whole text so far, line
        # after line, was quadratic in the paragraph's length
        text = ""
        ends = []
        for line in self.lines:
            part = " ".join(line.text.split())  # pdf has turned pdfium's line-end hyphen marks into "-"
            if text.endswith("-") and part[:1].islower():
                text = text[:-1] + part
            elif COMPOUND_HYPHEN_END_RE.search(text[-2:]) and part[:1].isupper():  # "Barrington-" + "King"
                text += part
            else:
                text = f"{text} {part}" if text else part
            ends.append(len(text))
        return text, ends


# What an "Action" column holds: initials or a role, alone or several ("JS/SJ", "Clerk/RFO"); a board's numbered
# initials ("MM1" beside "MM"), kept only where the attendance list gives them (actions.find_actions).
# A department by its mixed-case initials ("MoJ", "DfE", "DfT"), as a government board's action column prints it; a
# post's abbreviation a drainage board's minutes define ("AMgr", "CEng": Asset Manager, Chief Engineer).
MARGIN_OWNER = (
    r"(?:[A-Z]{2}(?:mgr|gr|ng)|[A-Z]{2,3}[a-z]?|[A-Z]{2,3}\d|[A-Z][a-z][A-Z]|Clerk|All|Chair(?:man)?|Vice[- ]Chair|"
    r"Secretariat|Secretary|Treasurer|RFO|Sec|Treas|Ch)"
    r"(?:\s*(?:/|,|&)\s*(?:[A-Z]{2}(?:mgr|gr|ng)|[A-Z]{1,3}[a-z]?|Clerk|Chair(?:man)?|Treasurer|RFO|Sec|Treas))*"
)


MARGIN_OWNER_RE = re.compile(MARGIN_OWNER)  # fullmatch
LONE_INITIALS_RE = re.compile(r"[A-Z]{2,3}[a-z]?(?:\s*(?:/|,|&)\s*[A-Z]{2,3}[a-z]?)*")  # fullmatch: "IB", "AW/IB"
# What a column prints beside a paragraph that no one owns: "AOB", "N/A", "TBC", "NFA" (no further action).
NOT_MARGIN_OWNERS = frozenset({"AOB", "TBC", "TBA", "NFA", "FYI", "FAO"})
MARGIN_FULL_NAME_RE = re.compile(rf"{NAME_WORD}\s+{SURNAME}")  # fullmatch: "Jane Smith" under an "Owner" heading

# "ACTION: AG", "Owner: SJ", "Lead – Clerk": the column's label before its owner.
MARGIN_LABEL_RE = re.compile(r"^(?i:action(?:\s+by)?|owner|lead|who)\s*[:\-–]?\s*")


# A date alone in a column: "30 Nov", "30/11/25", "30 November 2025".
# "Next mtg." / "Next meeting" in a "Date to be completed" column (a school's governors' minutes).
COLUMN_DATE_RE = re.compile(
    r"\d{1,2}(?:\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[/.]\d{1,2}[/.]\d{2,4})|(?i:next\s+(?:meeting|mtg\.?))"
)
NEXT_MTG_RE = re.compile(r"(?i:\bmtg\.?$)")


def _column_date(text: str) -> str:
    """The date column's words as a due ("Next mtg." -> "Next meeting")."""
    return NEXT_MTG_RE.sub("meeting", text.strip())


# "… budget Due: 30 Nov" closing a sentence: the date column split off an action line.
COLUMN_DUE_RE = re.compile(rf"{NOT_INSIDE_SPACES}\s++Due:\s++(?P<due>{COLUMN_DATE_RE.pattern})\s*+$")


def _lone_initials(text: str) -> bool:
    return LONE_INITIALS_RE.fullmatch(text) is not None and text not in NOT_MARGIN_OWNERS


def _column_owner(text: str) -> bool:
    """An owner an "Action" column prints (initials, a post, "All"), not its "AOB" or "TBC"."""
    return MARGIN_OWNER_RE.fullmatch(text) is not None and text not in NOT_MARGIN_OWNERS


def _margin_initials(line: Line, page: PageLayout) -> tuple[str, str | None]:
    """Split off an owner's initials printed in a right-hand column ("… follow this up.   MC")."""
    parts = line.text.split("   ")
    if len(parts) == 1 and line.x0 > page.width * 0.72 and _lone_initials(line.text.strip()):
        # "SC" alone in the column between two lines of the minute: printed a little above or below the line it
        # owns, it is a line of its own and would otherwise break the sentence it stands beside (initials only: a
        # post alone at the right, "Chair", is an agenda's Lead column)
        return "", line.text.strip()
    if len(parts) > 2 and line.x1 > page.width * 0.72 and COLUMN_DATE_RE.fullmatch(parts[-1].strip()):
        # "Circulate the draft budget   Clerk   30 Nov": owner and date columns; the date stays with the action
        owner = MARGIN_LABEL_RE.sub("", parts[-2].strip())
        if _column_owner(owner):
            return f"{'   '.join(parts[:-2])} Due: {_column_date(parts[-1])}", owner
    if len(parts) == 2 and line.x1 > page.width * 0.72 and COLUMN_DATE_RE.fullmatch(parts[-1].strip()):
        return f"{parts[0]} Due: {_column_date(parts[-1])}", None  # "The Clerk will order …   30/11/24": no owner
    if len(parts) > 1 and line.x1 > page.width * 0.72:
        last = parts[-1].strip()
        # "ACTION: AG", "Owner: SJ", "Lead – Clerk" in the column
        last = MARGIN_LABEL_RE.sub("", last)
        if _column_owner(last) or (
            MARGIN_FULL_NAME_RE.fullmatch(last) and _has_owner_column(page)
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


# Words a sentence does not end with: a line ending on one runs on ("… an item to the" / "January meeting.").
CONTINUING_WORDS = (
    r"and|or|but|the|of|to|a|an|for|by|with|in|on|at|from|into|about|that|which|as|than|between|is|are|was|were|be|"
    r"been|Cllr|Mr|Mrs|Ms|Dr"
)
DANGLING_END_RE = re.compile(rf"\s(?:{CONTINUING_WORDS})\s*$")


# A list's label opening a line: "2. ", "B. ", "(ii) ".
LABEL_START_RE = re.compile(rf"{BULLET_RE.pattern}|[A-Z]\.\s|\(\w{{1,4}}\)\s")


# "In attendance: …" under "Present: … M. Quill": an attendance list's label opens its own paragraph (else the last
# name runs into the label, "M. Quill In").
LIST_LABEL_LINE_RE = re.compile(
    r"(?:(?:also\s+)?present|(?:also\s+)?in\s+attendance|attendees|apologies(?:\s+for\s+absence)?|absent|"
    r"guests(?:\s+present)?|officers\s+present)\s*:",
    re.I,
)


# "2.3 DHC agreed to share …": a note of meeting's numbered paragraph, printed with no gap above it.
NUMBERED_PARAGRAPH_RE = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+[A-Z]")


# "2 A directory of local growers …": a row of minutes printed as an "Item | Discussion | Action" grid, its item's
# number in a column of its own (the cells apart; one line of text a row, no gap between the rows).
NUMBERED_ROW_RE = re.compile(r"\d{1,2}\s{2,}[A-Z]")


def _numbered_paragraph_starts(line: Line, previous: Line) -> bool:
    """A numbered paragraph opens after a finished sentence or a heading (not "… see paragraph" / "2.3 Million");
    so does a bold minute's number after a finished sentence ("… (work)." / "26/053 Minutes It was resolved …":
    the next minute's heading run into its text, in the same weight as the line before)."""
    text = line.text.strip()
    finished = previous.text.rstrip().endswith((".", ":", ";", "?", "!"))
    if line.bold and finished and MINUTE_LABEL_START_RE.match(text):
        return True
    if finished and NUMBERED_ROW_RE.match(text) and NUMBERED_ROW_RE.match(previous.text.strip()):
        return True  # "1 The pilot had reached …." / "2 A directory … to be compiled": the rows of a minutes grid
    return bool(NUMBERED_PARAGRAPH_RE.match(text)) and (previous.bold or finished)


LOWER_START_RE = re.compile(r"[a-z]")


# A log's entry printed as a line of prose, its owner's initials after a dash closing it ("Noticeboard repairs – c/f –
# JD", "Tree survey – complete – RP/KL").
DASHED_OWNER_END_RE = re.compile(r"\s[–—-]\s*[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*\s*$")


# A wrapped line's next line opening with a capitalised word (not capitals: "GH will ask …" opens an entry) that is
# no label, list mark or sentence of its own: "… for submission to NHS" / "England, and that …", "… and the Freight
# Transport" / "Association were …".
WRAPPED_CAPITAL_START_RE = re.compile(
    r"(?!(?:That|The|This|It|There|These|Those|We|They|He|She|A|An|If|When|Following|After|Members|Councillors)\b)"
    r"[A-Z][a-z'’]*(?:[,;)]|\s+[a-z(]|\s+[A-Z])"
)  # not a sentence's opening word: "… Seconded by: Councillor Grant" / "That we resume …" is a motion's own text
# initials after a label or a sentence's end closing the line ("… to Church Lane. Action: EF"): the entry ends there
OWNER_INITIALS_END_RE = re.compile(r"(?:[.!?:]|\b(?:Action|Owner|Lead|By))\s*[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*\s*$")


def _wraps_on(line: Line, previous: Line, full: bool) -> bool:
    """A line that fills the text's measure and stops with no sentence's end, then a line at the same left edge, size
    and weight, opening with a capitalised word, with no gap above it wider than half again the line's height nor the
    font's size (one-line paragraphs set a line apart are not run together): the text wrapped inside a sentence (the
    line-height test alone parts such lines when the one above has no descenders, "… to NHS")."""
    text = line.text.strip()
    return (
        full
        and abs(line.x0 - previous.x0) <= 3.0
        and abs(line.size - previous.size) < 0.5
        and line.bold == previous.bold
        and "   " not in previous.text.strip()
        and "   " not in text
        and not OWNER_INITIALS_END_RE.search(previous.text[-24:])
        and not previous.text.isupper()  # a heading in capitals
        and line.top - previous.bottom < min(1.5 * max(previous.bottom - previous.top, 6.0), previous.size or 99.0)
        and WRAPPED_CAPITAL_START_RE.match(text) is not None
        and not LABEL_START_RE.match(text)
        and not BULLET_RE.match(text)
        and not ACTION_LABEL_RE.match(text)
        and not RESOLVED_RE.match(text)
        and not DUE_LABEL_RE.match(text)
    )


def _starts_paragraph(line: Line, previous: Line | None, full: bool = False) -> bool:
    if previous is None:
        return True
    text = line.text.strip()
    if LIST_LABEL_LINE_RE.match(text) or _numbered_paragraph_starts(line, previous):
        return True
    gap = line.top - previous.bottom
    height = max(previous.bottom - previous.top, 6.0)
    if DASHED_OWNER_END_RE.search(previous.text) and text[:1].isupper():
        return True  # "Noticeboard repairs – c/f – JD" / "Tree survey … – c/f – KL": a log's entries, one a line
    # the top of the next text column, right of the line before (pdf.read_columns reads columns one after another)
    turned = gap < -height and line.x0 >= previous.x1
    if (
        (
            LOWER_START_RE.match(text)
            or (DANGLING_END_RE.search(previous.text[-12:]) and not LABEL_START_RE.match(text))
            or _name_runs_on(previous.text, text)
            or _wraps_on(line, previous, full)
        )
        and not previous.text.rstrip().endswith((".", ":", ";", "?", "!"))
        and (-height <= gap < 3 * height or turned)
    ):
        return False  # "… how much it would cost" / "to release this data": one sentence over a wider gap or a column
    if DUE_LABEL_RE.match(text) and -height <= gap < 2 * max(height, line.bottom - line.top):
        return False  # "Due: April 2011" under its action's last line, however short that line measures ("plans.")
    return (
        gap > 0.9 * height
        or gap < -height  # a new column or the page restarting
        or bool(BULLET_RE.match(text))
        or bool(ACTION_LABEL_RE.match(text))
        or bool(RESOLVED_RE.match(text))
        or (line.bold != previous.bold and _bold_change_breaks(line, previous))
    )


# "… delegated to the Corporate" / "Director of Communities, …", "… referred to the Independent" / "Office for
# Police Conduct": a post's or a body's name broken after its first capitalised word.
NAME_BROKEN_RE = re.compile(r"\s[Tt]he\s+[A-Z][a-z]+$")
NAME_GOES_ON_RE = re.compile(
    r"(?!(?:The|A|An|It|This|There|They|He|She|We|Action|Resolved)\b)[A-Z][a-z]+\s+(?:of|for)\s+[A-Z]"
)


def _name_runs_on(previous: str, text: str) -> bool:
    return NAME_BROKEN_RE.search(previous[-30:]) is not None and NAME_GOES_ON_RE.match(text) is not None


def _labelled_action_ended(current: Paragraph, line: Line, short_of: float) -> bool:
    """'Action: Clerk to report the verges to Highways.' stopping short of the text's right edge, then 'Cllr Moss
    agreed to …' on the next line with no gap: the labelled action ends at its stop (it would otherwise run to the
    end of the paragraph and take the next sentence with it)."""
    previous = current.lines[-1]
    end = previous.text.rstrip()
    return (
        bool(ACTION_LABEL_RE.match(current.lines[0].text.strip()))
        and end.endswith(".")
        # short of the edge, or the next line opens another owner's step ("Tolland agreed to bring …")
        and (previous.x1 < short_of or OWNER_VERB_RE.match(line.text.strip()) is not None)
        and line.text.lstrip()[:1].isupper()
        and not DUE_LABEL_RE.match(line.text)  # "Due: 31 March" under the action is its date
        and not INITIALS_END_RE.search(end)
    )


# match: a list's mark or letter ("•", "b)", "(ii)"), not a number ("8. Playing field: …", an item wrapped flush)
# (a space run read from its start only: linear when searched alone over a long run of spaces)
LIST_MARK_RE = re.compile(r"(?<!\s)\s*+(?:[•▪●◦➢►▶▸→]|\(?[a-z]{1,3}\)|\(?[ivx]{1,4}\))\s*+(?=\S)")


def _list_entry_ended(current: Paragraph, line: Line, short_of: float) -> bool:
    """'• Alan Whitlow to contact the school by 15 April' stopping short of the text's right edge with no stop, then
    'Members were reminded …' at the bullet's left edge or left of it, no gap: the list's entry ends there (its own
    lines run to the edge or hang indented under its text)."""
    first, previous, text = current.lines[0], current.lines[-1], line.text.strip()
    return (
        LIST_MARK_RE.match(first.text) is not None
        and previous.x1 < short_of
        and not DANGLING_END_RE.search(previous.text[-12:])
        and line.x0 <= first.x0 + 1.5
        and text[:1].isupper()
        and not BULLET_RE.match(text)
        and not DUE_LABEL_RE.match(text)  # "Due: 31 March" under the entry is its date
    )


def _heading_line_ended(current: Paragraph, line: Line, left: float, right: float) -> bool:
    """'A. Street lighting contract', '14. Footpaths', 'a) Village hall' or 'Playing Field' alone on a short line in
    the text's own weight (or topics one under another: '14. Highways' over 'a) Footpaths'), then a sentence opening
    with a capital or another topic: the topic ends with its line (else it runs into the sentence, as 'Street lighting
    contract Motion by …', 'Footpaths Cllr Smith will write …')."""
    text = line.text.strip()
    return all(_topic_line(heading, left, right) for heading in current.lines) and (
        text[:1].isupper() or _topic_line(line, left, right)
    )


def _topic_line_opens(line: Line, previous: Line | None, following: Line | None, left: float, right: float) -> bool:
    """'HIGHWAYS' or '14. Footpaths' on a short line between a sentence's end and a sentence: the topic opens a
    paragraph of its own (the sentence after it one too, by _heading_line_ended)."""
    return (
        previous is not None
        and following is not None
        and SENTENCE_END_RE.search(previous.text) is not None
        and following.text.lstrip()[:1].isupper()
        and _topic_line(line, left, right)
    )


def _topic_line(line: Line, left: float, right: float) -> bool:
    """A short line in the text's own weight naming a topic: a numbered or lettered one ('14. Footpaths', 'b) Speed
    watch', 'A. Street lighting contract') or one in title case or capitals ('Playing Field', 'HIGHWAYS'), no verb."""
    text = line.text.strip()
    if line.x1 >= left + 0.6 * (right - left) or line.bold or len(text.split()) > 8 or TOPIC_VERB_RE.search(text):
        return False
    label = BULLET_RE.match(text) or LETTER_BULLET_RE.match(text)
    numbered = None if label else parse_item_number(text)
    rest = text[label.end() :] if label else numbered[1] if numbered else None
    words = text if rest is None else rest
    return (
        words[:1].isupper()
        and TOPIC_WORDS_RE.fullmatch(words) is not None
        and not JOINING_END_RE.search(words)  # "• Clerk to write to the" goes on
        and (rest is not None or _titled(text))
    )


# a topic's words: no colon, stop or bracket ("Action:" labels the line under it)
TOPIC_WORDS_RE = re.compile(r"[\w'’&\- ]+")
# "14. The Clerk would contact Kent": a numbered paragraph's first line in a narrow column, not a topic ("may" in
# lower case only: "3 May" is a date)
TOPIC_VERB_RE = re.compile(rf"\b(?:{FINITE_VERBS}|shall|should|could|can|may|must|agreed|reported|asked|said)\b")


def _bold_change_breaks(line: Line, previous: Line) -> bool:
    """A change of weight starts a paragraph unless a bold label's sentence runs on ('Action 2: X to')
    or a 'Due:' line follows its action."""
    if DUE_LABEL_RE.match(line.text):
        return False
    return line.bold or previous.text.rstrip().endswith((".", ":", ";", "?", "!"))


# "HMRC   (re above)   25.07   0.0", "K & A Thompson Larch for Seat   £ 48.00": a line of a payments list or finance
# table, ending in an amount (pounds and pence after "£" or a column's gap, or two amount columns side by side).
LEDGER_END_RE = re.compile(r"(?:(?:£\s?|\s{3})\d[\d,]{0,12}\.\d{2}|\d{1,9}\.\d{1,2}\s+\d[\d,]{0,12}\.\d{1,2})\s*$")

# "Invoices to be approved", "Receipts": a short unstopped line, a finance table's caption.
CAPTION_RE = re.compile(r"[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,5}")  # fullmatch


def _table_caption(line: Line, previous: Line | None, following: Line | None) -> bool:
    """'Invoices to be approved' between the last row of one payments table and the header of the next: the next
    table's caption (a short unstopped line over a row of columns), kept with the payments above it and read with
    them as no action (else it reads as one: 'Invoices to be approved')."""
    return (
        previous is not None
        and LEDGER_END_RE.search(previous.text[-40:]) is not None
        and CAPTION_RE.fullmatch(line.text.strip()) is not None
        and following is not None
        and "   " in following.text.strip()
    )


def _ledger_ended(line: Line, previous: Line | None) -> bool:
    """A line after a payments line starts a paragraph ("… agreed to pay £ 65.00" / "The Councillors resolved to
    pay all of the above."): the list's lines are no sentence the next line goes on."""
    return (
        previous is not None
        and LEDGER_END_RE.search(previous.text[-40:]) is not None
        and LOWER_START_RE.match(line.text) is None
    )


def _centre(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _nearer_next(line: Line, previous: Line | None, following: Line | None) -> bool:
    """Initials alone on their line belong to the line of text whose middle is nearer theirs: a grid's "Action"
    cell prints them level with the first line of the paragraph they own, a little above or below it."""
    if following is None:
        return False
    return previous is None or abs(_centre(line) - _centre(following)) < abs(_centre(line) - _centre(previous))


# "… with the District Council. JF" at the right margin: the Action column's initials set one space after the text.
TRAILING_INITIALS_RE = re.compile(r"(?<=[.!?])\s([A-Z]{2,3})$")


def _run_in_initials(paragraph: Paragraph, page: PageLayout) -> Paragraph:
    """The paragraph's last line ending, at the right margin, in initials one space after its sentence's end: the
    column's owner printed close to the text (a line's last word that opens a sentence runs on to the next line, so
    only the paragraph's last line is read this way)."""
    last = paragraph.lines[-1]
    if paragraph.line_owners[-1] is not None or last.x1 <= page.width * 0.8:
        return paragraph
    found = TRAILING_INITIALS_RE.search(last.text[-8:])
    if found is None or found[1] in NOT_MARGIN_OWNERS:
        return paragraph
    text = last.text[: len(last.text) - len(found[0])]
    paragraph.lines[-1] = Line(text, last.x0, last.top, last.x1, last.bottom, last.size, last.bold)
    paragraph.line_owners[-1] = found[1]
    return paragraph


def _fills_measure(line: Line, measures: dict[float, float], page_width: float) -> bool:
    """The line runs to within a fifth of its measure's right edge (the widest line of its size on the page), a
    measure of half the page's width or more (prose, not a column of short entries, "James Farrow (GLA)")."""
    right = measures.get(round(line.size), line.x1)
    return right - line.x0 >= max(150.0, 0.5 * page_width) and line.x1 >= right - 0.2 * (right - line.x0)


def paragraphs(pages: list[PageLayout]) -> Iterator[Paragraph]:
    for page in pages:
        current = Paragraph(page=page.number)
        previous = None
        body = page.body_lines()
        left, right = min((line.x0 for line in body), default=0.0), max((line.x1 for line in body), default=0.0)
        measures: dict[float, float] = {}  # the widest line of each size: the text's measure at that size
        for line in body:
            measures[round(line.size)] = max(measures.get(round(line.size), 0.0), line.x1)
        pending: str | None = None  # initials alone in the column, printed nearer the line below them
        carried_due: str | None = None  # a Due column's date beside a line the sentence runs on from
        for index, line in enumerate(body):
            text, initials = _margin_initials(line, page)
            if _is_members_row(line.text):
                initials = None
            if not text.strip():
                if initials and _nearer_next(line, previous, body[index + 1] if index + 1 < len(body) else None):
                    pending = initials
                elif initials and current.lines and current.line_owners[-1] is None:
                    current.line_owners[-1] = initials
                continue
            initials, pending = initials or pending, None
            text, due = _split_running_due(text)
            open_due = carried_due  # a date carried from the lines before this one
            carried_due = due or carried_due
            line = Line(text, line.x0, line.top, line.x1, line.bottom, line.size, line.bold)
            short_of = right - 0.15 * (right - left)
            following = body[index + 1] if index + 1 < len(body) else None
            if (
                current.lines
                and not _table_caption(line, previous, following)
                and (
                    _starts_paragraph(
                        line, previous, previous is not None and _fills_measure(previous, measures, page.width)
                    )
                    or _ledger_ended(line, previous)
                    or _labelled_action_ended(current, line, short_of)
                    or _list_entry_ended(current, line, short_of)
                    or _heading_line_ended(current, line, left, right)
                    or _topic_line_opens(line, previous, following, left, right)
                )
            ):
                if open_due and due:
                    current.closing_due = open_due  # this line prints its own date: the carried one is the row's
                yield _run_in_initials(_due_placed(current, carried_due) if carried_due and not due else current, page)
                carried_due = None if carried_due and not due else carried_due
                current = Paragraph(page=page.number)
            if carried_due and not due and SENTENCE_END_RE.search(text):
                line, carried_due = _with_due(line, carried_due), None
            current.lines.append(line)
            current.line_owners.append(initials)
            previous = line
        if current.lines:
            yield _run_in_initials(_due_placed(current, carried_due) if carried_due else current, page)


SENTENCE_END_RE = re.compile(r"[.!?][)\"'’”]?\s*$")


def _split_running_due(text: str) -> tuple[str, str | None]:
    """A grid's Due column printed level with the first line of a minute whose action ends lines below
    ("… the Committee received the   MP   31/03/2025"): the date taken off the line, to close the sentence the
    line runs on into (a line that ends its sentence keeps its "Due:", as :func:`_margin_initials` gives it)."""
    column = COLUMN_DUE_RE.search(text)
    if column is None or SENTENCE_END_RE.search(text[: column.start()]):
        return text, None
    return text[: column.start()], column["due"]


def _with_due(line: Line, due: str) -> Line:
    return Line(f"{line.text} Due: {due}", line.x0, line.top, line.x1, line.bottom, line.size, line.bold)


def _due_placed(paragraph: Paragraph, due: str) -> Paragraph:
    """The paragraph with a carried due closing its last line (its sentence never ended at a line's end)."""
    paragraph.lines[-1] = _with_due(paragraph.lines[-1], due)
    return paragraph


def _runs_over_page_break(last: Paragraph, first: Paragraph) -> bool:
    """The last paragraph of a page stops mid-sentence ("… cover the cost of felling some trees around") and the
    next page's first opens in lower case or after a word no sentence ends on, not with a heading, a list's label
    or a change to bold: the one sentence printed over the page break."""
    if first.page != last.page_of_line(len(last.lines) - 1) + 1:
        return False
    end, start = last.lines[-1].text.rstrip(), first.lines[0].text.strip()
    if not end or not start or end.endswith((".", ":", ";", "?", "!")) or first.lines[0].bold:
        return False
    if LOWER_START_RE.match(start):
        return True
    return bool(DANGLING_END_RE.search(end[-12:])) and not LABEL_START_RE.match(start) and not last.lines[-1].bold


def join_page_breaks(found: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs with a sentence that runs on over a page break joined, so the sentence is read whole; the joined
    paragraph keeps the page it starts on and each line its own page (a sentence starting after the break is on the
    next page)."""
    joined: list[Paragraph] = []
    for paragraph in found:
        last = joined[-1] if joined else None
        if last is None or not _runs_over_page_break(last, paragraph):
            joined.append(paragraph)
            continue
        pages = last.line_pages or [last.page] * len(last.lines)
        joined[-1] = Paragraph(
            lines=last.lines + paragraph.lines,
            page=last.page,
            line_owners=last.line_owners + paragraph.line_owners,
            line_pages=pages + [paragraph.page] * len(paragraph.lines),
            closing_due=paragraph.closing_due,
        )
    return joined


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


MEMBER_INITIALS_RE = re.compile(r"[A-Z]{2,4}[a-z]?")  # fullmatch: "RB", "DNo"


def _is_members_row(text: str) -> bool:
    """'Rob Boyd   RB   Dick Noble   DN': a members table, not an owner in the margin."""
    if "   " not in text:  # one part: not a table row
        return False
    parts = [part.strip() for part in text.split("   ")]
    return sum(bool(MEMBER_INITIALS_RE.fullmatch(part)) for part in parts) >= 2


def _surname_follows(initial: str, part: str, labels: set[str]) -> bool:
    """After a lone initial, a surname goes on ('K. Tennant is to …'); not a list's letter before a sentence or a
    full name ('A. Agree to … B. Delegate …', 'B. Paul will obtain …')."""
    first = part.split(maxsplit=1)[0].rstrip(",.;:")
    if SURNAME_RE.fullmatch(first) is None or first in NOT_OWNERS:
        return False
    if len(initial) > 2:  # "…, K." inside a list of members
        return True
    # "K." alone opens the text, as a lettered list's label would: not when the letter before or after labels a part
    letter = ord(initial[0])
    return first not in GIVEN_NAMES and not {chr(letter - 1), chr(letter + 1)} & labels


def _initial(part: str) -> bool:
    """'N.' alone: the second of a member's initials ('and M. N. Brown'), and the name goes on."""
    return len(part) == 2 and part[0].isupper() and part[1] == "."


def _middle_initial_ends(text: str) -> bool:
    if text[-3:-2] != " " or not text[-2:-1].isupper():
        return False
    match = MIDDLE_INITIAL_END_RE.search(text[-40:])
    return match is not None and match[1] in GIVEN_NAMES


# Where a sentence ends and the next starts: after a stop and before a capital or an opening bracket or quote; and
# "…; and (c) grants …": before the run-in list's last part (its label bracketed or closed only: "…; and c) that …");
# and before a numbered paragraph run on after a stop ("… within budget. 3.2 It was agreed …": a page's lines joined).
SENTENCE_BREAK_RE = re.compile(
    r"(?:(?<=[.;!?])|(?<=[.!?][”\"’']))\s+(?=[A-Z(\[“\"‘']|[a-z]{1,3}\)\s)(?!AND\s+THAT\b|And\s+that\b)|"
    r"(?<=;)\s+(?:and|or)\s+(?=\(?(?:[a-z]{1,3}|\d{1,2})\)\s)|"
    r"(?<=[.;!?])\s+(?=\d{1,2}(?:\.\d{1,2}){1,2}\s+[A-Z][a-z])|"
    # a list's bullet run on in the line, stop or none before it ("… surgery on Friday. · It was agreed …", "Action: RF
    # • Liaise with …"): a page printed from a web page, its list's marks ("·" as Word's bullets print) kept in the text
    r"\s+(?=[•·▪●◦]\s)|"
    # "Update on the play area Minutes: The Clerk will …", "Additional documents: Minutes: The Committee noted …": the
    # label a record printed from a committee system's web pages sets before each minute's text
    r"(?<=\sMinutes:)\s+(?=[A-Z])"
)

# Who acts, named in an owner label: "Clerk", "RF", "MG & KG", "Cllrs Blaikie/McNeil/Reith", "Cllrs Denham, Lyle and
# the Clerk".
LABEL_OWNER_WORD = r"(?:the\s+)?(?:Cllrs?\.?\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
LABEL_OWNERS = rf"{LABEL_OWNER_WORD}(?:\s*(?:/|,|&|\band\b)\s*{LABEL_OWNER_WORD})*"

# An owner label closing the sentence before, run on into the next item: "Action: Clerk 6. 82.20 TO SET DATE OF NEXT
# MEETING …", "ACTION: Cllrs Blaikie/McNeil/Reith b.", "[Action: Clerk] Reports from Community Wardens …" (the label
# bracketed). The label is cut from the item it runs into, to be read as the owner of the sentence before it.
LABEL_THEN_ITEM_RE = re.compile(
    rf"(?P<label>(?i:action(?:\s+by)?)\s*[:\-–]\s*{LABEL_OWNERS})\s+(?=(?:\d{{1,3}}(?:\.\d{{1,3}})*|[a-z])\.(?:\s|$))"
    rf"|(?P<bracketed>\[(?i:action(?:\s+by)?)\s*[:\-–]\s*{LABEL_OWNERS}\])\s+(?=[A-Z])"
)


# "Time: 7:57 p.m.": when the motion before it was carried, part of it.
MOTION_TIME_RE = re.compile(r"(?i:time)\s{0,3}:\s{0,3}\d{1,2}[:.]\d{2}\s{0,3}(?:[ap]\.?\s?m\.?)?")  # fullmatch

# "Next regular meeting to be held April 2, 2024.": the notice an adjournment motion closes with.
NEXT_MEETING_NOTICE_RE = re.compile(
    r"(?:[Tt]he\s+)?[Nn]ext\s+(?:[a-z]+\s+){0,2}meeting\s+(?:is\s+|will\s+be\s+)?(?:to\s+be\s+)?held\b"
)
ADJOURN_RE = re.compile(r"\badjourn", re.I)


def _belongs_to_motion(last: str, part: str) -> bool:
    """'That the meeting be adjourned.' then 'Time: 7:57 p.m.' and 'Next regular meeting to be held April 2, 2024.':
    the motion's time, and an adjournment's notice of the next meeting, are the motion's, not sentences of their
    own."""
    if MOTION_TIME_RE.fullmatch(part):
        return True
    return NEXT_MEETING_NOTICE_RE.match(part) is not None and ADJOURN_RE.search(last) is not None


# Where a minute's number or a dash after a stop may open the next minute ("… noted. 91 …", "… present. - MINUTES …").
RUN_ON_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[\d(\-–])")
# "… see para. 6 Tender …", "… minute no. 6 Tender …": a reference's abbreviation before the number, no stop
REFERENCE_END_RE = re.compile(r"\b(?i:paras?|pp?|pg|mins?|nos?|ref|fig|sec|cl|art|reg|app)\.$")


def _run_on_minutes(text: str) -> list[str]:
    """The text cut where, after a stop, a minute's number (or a dash as its bullet) and heading opens the next minute
    in a record printed as one run of text ('… a true record. 6 Tender update – Cllr Ames will …', '… was present. -
    MINUTES RESOLVED That …'); each later piece without its number and heading, which are the item's title, not part
    of what was done ('91 INTEGRATED CARE UPDATE – Dr Lee to update …' is 'Dr Lee to update …')."""
    pieces, start = [], 0
    for gap in RUN_ON_BREAK_RE.finditer(text):
        if gap.start() < start:
            continue
        before = text[max(start, gap.start() - 12) : gap.start()]
        if REFERENCE_END_RE.search(before) or ABBREVIATIONS.search(before):
            continue  # "… see para. 6 Access – …", "No. 3 …"
        # (a dash alone is no minute's opening: "… replace the gate. – Clerk", "… members. - JS to circulate …" are
        # an owner and a step written after a stop)
        if heading := RUN_ON_HEADING_RE.match(text, gap.end()):
            pieces.append(text[start : gap.start()])
            start = heading.end()
    return [*pieces, text[start:]]


def _without_run_on_heading(sentence: str) -> str:
    """A later sentence of the text without the minute's number and heading it opens with ('A14/19 MINUTES Resolved
    that …', split at its capital)."""
    heading = RUN_ON_HEADING_RE.match(sentence)
    return sentence[heading.end() :] if heading else sentence


def split_sentences(text: str) -> list[str]:
    labels = set(LETTER_LABEL_RE.findall(text)) if ". " in text else set()  # "A. Agree …", "B. Delegate …"
    return [sentence for piece in _run_on_minutes(text) for sentence in _piece_sentences(piece, labels)]


def _piece_sentences(text: str, labels: set[str]) -> list[str]:
    parts = SENTENCE_BREAK_RE.split(text)
    sentences: list[str] = []
    for part in parts:
        if (
            sentences
            and (
                ABBREVIATIONS.search((last := sentences[-1])[-12:])  # the end only: a long run joins part by part
                or (last[-2:-1].isupper() and INITIALS_END_RE.search(last[-40:]))
                or (LONE_INITIAL_END_RE.search(last[-8:]) and (_surname_follows(last, part, labels) or _initial(part)))
                or (_middle_initial_ends(last) and _surname_follows(last, part, labels))
                or (part[:4] in ("Time", "TIME", "Next", "The ") and _belongs_to_motion(last, part))
            )
        ):
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    sentences = sentences[:1] + [_without_run_on_heading(sentence) for sentence in sentences[1:]]
    return [part for sentence in sentences for part in _label_then_item(sentence.strip()) if part]


def _label_then_item(sentence: str) -> list[str]:
    """'Action: Clerk 6. 82.20 TO SET DATE …' -> ['Action: Clerk', '6. 82.20 TO SET DATE …']: the owner label apart
    from the item it runs into."""
    match = LABEL_THEN_ITEM_RE.match(sentence)
    if match is None:
        return [sentence]
    return [match["label"] or match["bracketed"], sentence[match.end() :].strip()]
