"""Regular expressions, word lists and small text tests several parts of segmentation share (committee
words, label lines, capitals and title case, wrapped titles, linked-document sizes)."""

from __future__ import annotations

import re

from ..hyphens import soft_hyphen_break
from ..pdf import Line, PageLayout

SMALL_TITLED_WORD_RE = re.compile(r"\b(Of|And|The|For|In|On)\b")
# a capital letter of a name, Latin-1 and Latin Extended-A too: the macron of a Māori place ('Ōtorohanga',
# 'Ōpōtiki'), Welsh 'Ŵ', Irish 'Á', Scandinavian 'Ø' (one class: a character, never a run, so no pattern's cost changes)
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper()) + "]"


def _title_case_caps(text: str) -> str:
    """'KENT COUNTY COUNCIL' -> 'Kent County Council'; mixed-case text is left alone."""
    letters = "".join(filter(str.isalpha, text))
    if letters and sum(map(str.isupper, letters)) / len(letters) > 0.8:
        return SMALL_TITLED_WORD_RE.sub(lambda m: m[0].lower(), text.title())
    return text


# a finite verb: words with none are a phrase (a title's part), not a sentence
FINITE_VERBS = r"is|are|was|were|has|have|had|will|would|did|been"
FINITE_VERB_RE = re.compile(rf"\b(?:{FINITE_VERBS})\b", re.I)


# what a paper is before a meeting for, as an agenda prints it under an item's title: 'For approval', 'For: Assurance'
PAPER_PURPOSES = r"(?:approval|information|decision|noting|discussion|assurance|ratification)"


# two or more words in capitals inside mixed-case text ('of WEALDMOOR DISTRICT COUNCIL held'): a name in capitals
CAPS_RUN_RE = re.compile(
    r"(?<![\w'’&-])[A-Z][A-Z'’&-]++(?:\s++(?:OF|AND|&|FOR|THE|UPON)\b){0,2}"
    r"(?:\s++[A-Z][A-Z'’&-]++(?![\w'’&-])(?:\s++(?:OF|AND|&|FOR|THE|UPON)\b){0,2})+"
)


def title_case_caps_runs(text: str) -> str:
    """'the PLANNING COMMITTEE of WEALDMOOR DISTRICT COUNCIL' -> 'the Planning Committee of Wealdmoor District
    Council': each run of words in capitals title-cased, as :func:`_title_case_caps` does a whole line."""
    return CAPS_RUN_RE.sub(lambda run: _title_case_caps(run[0]), text)


SMALL_WORDS = {"of", "for", "and", "the", "&", "on", "in", "to"}


COMMITTEE_WORDS = re.compile(
    r"\b(committee|cabinet|board|panel|council|commission|group|partnership|forum|sub-committee|assembly|"
    r"meeting|trustees|governors|governing body|municipal district)\b",
    re.I,
)
# The look-behinds keep the scan linear and change no result: a tail found from inside a run of spaces, or with its
# month word read from inside a word, is also found from the run's or the word's start, which ``sub`` tries first.
# The spaces are taken possessively (no date starts with a space): 'a', 20,000 spaces and '1' took 112 s.
DATE_TAIL_RE = re.compile(
    r"(?<!\s)\s*+[-–—,:]?\s*+(?:(?:for|of|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}.*|(?<![A-Za-z])[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}.*)$",
    re.I,
)
# every date tail names a weekday or holds a digit: a line with neither is not scanned by DATE_TAIL_RE at all
DATE_TAIL_CUE_RE = re.compile(r"\d|day", re.I)


# what dates a log after its name: 'Coastal Data Board action log — updated 19 July 2011', 'ODUG actions, as at ...'
DATED_AS_RE = re.compile(r"(?:updated|as\s{1,3}(?:at|of))\Z", re.I)


def without_date_tail(text: str) -> str:
    """'Planning Committee – Tuesday 4 March 2025' -> 'Planning Committee': the text before a date ending it."""
    if not DATE_TAIL_CUE_RE.search(text):
        return text
    undated = DATE_TAIL_RE.sub("", text)
    dated_as = DATED_AS_RE.search(undated[-20:]) if undated != text else None
    return undated[: len(undated) - len(dated_as[0])].rstrip(" -–—,:") if dated_as else undated


# 'Minutes of Annual' read out of 'ELMHURST PARISH COUNCIL MINUTES OF ANNUAL GENERAL MEETING': the record's own title
RECORD_TITLE_RE = re.compile(r"(?:minutes|agenda|notes|minute)\s+of\b", re.I)
MEETING_KIND_RE = re.compile(r"regular|special|ordinary|extraordinary|adjourned|reconvened|monthly", re.I)
MEETING_WORDS = r"regular|special|ordinary|extraordinary|adjourned|annual|statutory|monthly|full"


def _titled(text: str) -> bool:
    """Every word capitalised but the small joining words: a name, not a phrase ('Published by ...')."""
    return all(word[0].isupper() or word.lower() in SMALL_WORDS for word in text.split())


def _heading_like(text: str) -> bool:
    """Short, mostly capitalised, not a sentence."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if not words or len(words) > 10 or text.rstrip().endswith((".", ",", ";")):
        return False
    small = {"of", "and", "the", "for", "in", "on", "&", "to"}
    capitalised = [w for w in words if w[0].isupper() or w.lower() in small]
    return len(capitalised) / len(words) >= 0.75


def _is_heading_candidate(line: Line, page: PageLayout) -> bool:
    return line.x0 < page.width * 0.35


def _column_x(line: Line, text: str, cell: int) -> float:
    """Roughly where character ``cell`` of ``text`` sits on the line (text spread evenly over it)."""
    return line.x0 + (line.x1 - line.x0) * cell / max(len(text), 1)


# a word broken by a hyphen at a line end; 'short- and long-term' is a suspended hyphen, not a broken word
BROKEN_WORD_RE = re.compile(r"(?:^|\s)(?P<part>[A-Za-z]+)-$")
SUSPENDED_HYPHEN_NEXT = frozenset({"and", "or", "nor", "to"})


# a code or number broken at its own hyphen: 'R7-' / 'Medium-Density', '10-05-' / '12', 'MAPA-' / '5003(11)'
CODE_BROKEN_RE = re.compile(r"(?:^|\s)(?P<part>[^\s-][^\s]{0,40})-$")


def _code_broken(title: str, text: str) -> bool:
    """The title's last token ends in a hyphen with no space before it, and the line goes on with a digit, or the
    token holds a digit or bracket and the line goes on with a capital: one code or compound, no space inside."""
    broken = CODE_BROKEN_RE.search(title)
    if broken is None or not text:
        return False
    coded = any(char.isdigit() or char in "()#" for char in broken["part"])
    return text[:1].isdigit() or (coded and text[:1].isupper())


def join_wrapped(title: str, text: str) -> str:
    """A title and the next line of it: 'manage-' + 'ment plan' is one word ('management plan') when the line
    goes on in lower case with a bare ending and the broken part has no capital inside it; 'three-' + 'year term'
    and 'Mid-' + 'Suffolk' keep their hyphen (a compound broken at its own hyphen, stop 29's cell rule);
    'short-' + 'and long-term' and 'Budget -' + 'update' keep a space."""
    title, text = title.rstrip(), text.strip()
    if _code_broken(title, text):
        return title + text
    broken = BROKEN_WORD_RE.search(title)
    if broken is None or not text:
        return f"{title} {text}".strip()
    first_word = text.split()[0]
    if text[:1].islower() and first_word not in SUSPENDED_HYPHEN_NEXT and broken["part"][1:].islower():
        # stop 29's cell rule: a soft hyphen breaking one word is dropped, a compound keeps its ('three-year')
        return title[:-1] + text if soft_hyphen_break(f"{broken['part']}-", first_word) else title + text
    if text[:1].isupper() and broken["part"][-1:].isalpha():
        return title + text
    return f"{title} {text}"


JOINING_END_RE = re.compile(r"(?:\b(?:and|or|of|the|for|to|in|on|with|from|by|a|an|at)|[&,(–-])\s*$", re.I)
# the size of a linked document after its name: 'Approval of Minutes pdf icon PDF 112 KB', 'Minutes (PDF, 210Kb)'
LINKED_DOCUMENT_RE = re.compile(r"\((?:pdf|word|excel|powerpoint),\s*\d{1,4}(?:\.\d{1,2})?\s*[kmg]b\)$", re.I)
LINK_SIZE_RE = re.compile(
    r"(?:\bpdf icon\s+)?\b(?:pdf|docx?|xlsx?|pptx?)\s+\d{1,4}(?:\.\d{1,2})?\s*[kmg]b$|" + LINKED_DOCUMENT_RE.pattern,
    re.I,
)


def without_link_size(text: str) -> str:
    return LINK_SIZE_RE.sub("", text).rstrip()


LABEL_LINE_RE = re.compile(r"^[\w’'()/&,. -]{1,60}:(?:\s|$)")  # "Action 1: ...", "Due: ...", "Present:"
# a street address at the margin: '12 Harbour Road, Cedar Island' is not item 12
ADDRESS_TITLE_RE = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\s(?:Road|Street|Lane|Close|Avenue|Drive|Way|Court|Crescent|Place|Terrace|"
    r"Gardens|Grove|Rise|Walk|Row|Square|Mews)\b(?:,|$)"
)


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


# the heading the business starts under: 'AGENDA', 'Agenda Items', 'Order of Business', 'Items of business',
# 'BUSINESS' (Scottish councils, often letter-spaced 'B U S I N E S S')
AGENDA_HEADING_RE = re.compile(
    r"^(?:(?:proposed\s+)?agenda(?:\s+items)?|order\s+of\s+business|(?:items\s+of\s+)?business)\s*:?$", re.I
)
LETTER_SPACED_RE = re.compile(r"\b(?:[A-Z] ){3,}[A-Z]\b")  # 'M I N U T E S': a heading printed letter-spaced


def unspaced(text: str) -> str:
    """'B U S I N E S S' -> 'BUSINESS'."""
    return LETTER_SPACED_RE.sub(lambda spaced: spaced[0].replace(" ", ""), text)


def is_list_heading(text: str) -> bool:
    """The line is the heading of an agenda list ('AGENDA', 'Items of business', 'B U S I N E S S')."""
    return bool(AGENDA_HEADING_RE.match(unspaced(text.strip())))


BRACKETED_CLAUSE_RE = re.compile(r"^\(\d{1,2}\)\s+(?P<clause>\S.*)$")
NOTE_VERB_RE = re.compile(r"\b(?:may|must|should|shall|can|cannot|will|are|is)\b")


def note_clause(text: str) -> bool:
    """'(2) Members may remain in the meeting and take part …': a bracketed clause of a note to the members (a modal or
    finite verb, a sentence's length or its stop), not an item's heading."""
    match = BRACKETED_CLAUSE_RE.match(text.strip())
    if match is None:
        return False
    clause = match["clause"]
    return NOTE_VERB_RE.search(clause) is not None and (len(clause.split()) > 8 or clause.rstrip().endswith("."))
