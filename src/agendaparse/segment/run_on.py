"""A numbered minute's heading run on into its record on the same line (:func:`run_on_title`), as many UK parish,
town and club minutes print it: after a full stop ('Apologies for absence. None received.') or with no mark at all
('Apologies for absence None received.', 'Village Hall Cllr Dale reported …')."""

from __future__ import annotations

import re

from .patterns import FINITE_VERBS, JOINING_END_RE, _titled

ABBREVIATIONS = frozenset(
    re.findall(
        r"\w+",
        "mr mrs ms dr st cllr cllrs no nos rev prof gen approx etc vs ltd co inc jan feb mar apr jun jul aug sep sept "
        "oct nov dec ref para paras fig",
    )
)  # a word a full stop ends that no sentence ends: 'Cllr. Dale', 'Minutes of 3 Nov. 2026'
# the standard headings of a parish, town or club agenda, as the heading's first words: with no mark after it, a
# heading in these words ends where its record starts ('Declarations of interest None were received'), also as the
# agenda words them ('Receive apologies for absence', 'To receive and approve the minutes of …')
STANDARD_HEADING_RE = re.compile(
    r"(?:(?:to\s+)?(?:receive|note|approve|consider|agree|accept|confirm|review)\s+"
    r"(?:and\s+(?:approve|note|sign|adopt|agree)\s+)?(?:the\s+|any\s+)?)?"
    r"(?:apologies|declarations?|minutes\s+of|matters\s+arising|public\s+(?:participation|forum|questions|session)|"
    r"open\s+forum|questions\s+from|correspondence|finance|financial|accounts?\b|payments?|budget|precept|planning|"
    r"reports?\s+(?:of|from|by)|(?:clerk|chair(?:man)?|mayor|treasurer)(?:'s|’s)?\s+report|(?:county|district|ward)\s+"
    r"councillor|any\s+other\s+business|a\.?o\.?b|date\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?next|next\s+meeting|"
    r"highways?|footpaths?|police|welcome|chair(?:man)?'?s?\s+(?:welcome|announcements?)|election\s+of|"
    r"co-option|councillors?\s+(?:reports?|items?|vacanc)|items?\s+for\s+(?:the\s+)?next|urgent\s+business|"
    r"village\s+hall|playing\s+field|play\s+area|allotments?|cemetery|churchyard|open\s+spaces?|grants?|"
    r"insurance|risk\s+assessment|audit|annual\s+(?:return|governance)|training|policies)",
    re.I,
)
# a title before a name: 'Cllr Dale', 'County Councillor Orchard', 'Mrs Frost'
PERSON_TITLE = r"(?:(?:County|District|Borough|Ward|Parish)\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|PCSO|PC)\.?"
# a name's word: a capital, not another title ('Councillor Councillor Orchard' names Orchard)
NAME_WORD = r"(?!(?:Cllrs?|Councillors?|County|District)\b)[A-Z][A-Za-z'’-]*"
# a verb of what a member or officer did or what was done: 'reported', 'declared', 'thanks', 'were', 'said'
DOING = r"(?:[a-z]+ed|[a-z]{2,}s|were|said|gave|spoke|sent|made|took|read|had|would|will)\b"
# how a minute's record opens: nothing to record ('None received', 'Nil', 'Nothing to report', 'No declarations were
# made'), a resolution ('Resolved: …', 'It was agreed …'), who sent apologies ('Apologies were received from …'), a
# member or officer doing something ('Cllr Dale declared …', 'The Clerk reported …', 'Members noted …'), a list's
# opening ('The following payments were approved:')
RECORD_START_RE = re.compile(
    r"(?:None|Nil|NONE|NIL)(?:\s+(?:received|declared|made|reported|recorded|noted|to\s+report))?(?=[\s.,;]|$)"
    r"|Nothing\s+to\s+(?:report|declare|record)\b"
    r"|No\s+(?:declarations?|apologies|reports?|correspondence|questions|members\s+of\s+the\s+public|"
    r"planning\s+applications|matters)\b"
    r"|(?:Resolved|RESOLVED)\b"
    r"|It\s+was\s+(?:resolved|RESOLVED|agreed|noted|reported|proposed)\b"
    r"|Apologies\s+(?:were|had\s+been|have\s+been)\s+[a-z]"
    rf"|{PERSON_TITLE}\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}\s+{DOING}"
    r"|The\s+(?:Clerk|Chair|Chairman|Chairperson|Mayor|Treasurer|RFO|Council|Committee|minutes|report|accounts|"
    rf"next\s+meeting)\s+{DOING}"
    r"|(?:Members|Councillors)\s+(?:[a-z]+ed|were|had|would)\b"
    r"|The\s+following\s+[a-z]{3,}\b"  # 'The following payments were approved:', 'The following matters …'
)
HEAD_REACH = 160  # the characters a heading of twelve words may take
# a word before which a record may start: the heading's last word (a letter, a figure or a closing bracket)
WORD_END_RE = re.compile(r"(?<=[A-Za-z0-9)’'])\s+(?=[A-Z])")
# a sentence's subject and its verb: '3. The Clerk reported. The council agreed …' is a numbered paragraph
SENTENCE_HEAD_RE = re.compile(
    r"^(?:The|It|He|She|They|This|There|Members|Councillors|Cllrs?|Councillor|Mr|Mrs|Ms)\b.*\b(?:[a-z]{3,}ed|was|were|"
    r"had|has|is|are|said|will|would)\b"
)
MARK_RE = re.compile(r":|\s[-–—]\s|[;!?]")  # a heading's own end: its colon or dash, or no heading's words
# a finite verb or a verb of the record: a heading is a phrase with neither
VERB_RE = re.compile(
    rf"\b(?:{FINITE_VERBS}|reported|agreed|resolved|noted|said|asked|explained|confirmed|declared|discussed)\b", re.I
)


def run_on_title(text: str) -> str | None:
    """The heading of a numbered minute's line when the minute's record runs on after it on the same line, after a
    full stop or with no mark ('Apologies for absence. None received, PM had said …' -> 'Apologies for absence');
    None when the line is no such heading and its record."""
    text = text.strip()
    return _after_stop(text) or _unmarked(text)


# where a sub-item's heading ends and its record runs on: a full stop or a dash, a capital after it
LEAD_MARK_RE = re.compile(r"\.\s+(?=[A-Z])|\s?[-–—]\s+(?=[A-Z])")


def led_title(text: str) -> str | None:
    """The heading of a sub-item's line whose record runs on after it ('Chairman's Report. In the absence of a Clerk
    …', 'Grit Bins - Cllr Lemon asked …'): a short phrase ending at its stop or dash, a sentence after it. Looser than
    run_on_title (any sentence may follow): only for a line already numbered or lettered in its parent's sequence."""
    text = text.strip()
    found = run_on_title(text)
    if found:
        return found
    mark = LEAD_MARK_RE.search(text[:HEAD_REACH])
    if mark is None:
        return None
    head, tail = text[: mark.start()].strip(), text[mark.end() :]
    if not _phrase(head) or head.split()[-1].lower().rstrip(".") in ABBREVIATIONS or len(tail.split()) < 3:
        return None
    return head


def standard_heading(title: str) -> bool:
    """'Minutes of the meeting held on 2 October 2024', 'Apologies for absence and substitutions': a standard minute's
    words as a phrase (no verb, no closing stop), never a sentence of the record ('Police reported two burglaries')."""
    title = title.rstrip()
    return STANDARD_HEADING_RE.match(title) is not None and _phrase(title, 16) and not title.endswith(".")


def opens_record(text: str) -> bool:
    """'No declarations were made.', 'Cllr Dale reported …': the words open a minute's record, not a title's part."""
    return RECORD_START_RE.match(text) is not None


def _phrase(head: str, longest: int = 12) -> bool:
    """A heading's words: capitalised, short, no verb, no colon or dash (the heading ends at those: 'LDT Website:
    Deferred but …'), not ending on a joining word or a lone initial."""
    words = head.split()
    return (
        1 <= len(words) <= longest
        and head[:1].isupper()
        and MARK_RE.search(head) is None
        and VERB_RE.search(head) is None
        and SENTENCE_HEAD_RE.match(head) is None
        and JOINING_END_RE.search(head) is None
        and len(words[-1].rstrip(".")) > 1
    )


def _after_stop(text: str) -> str | None:
    """'Declarations of interest. None were received at the meeting.': a phrase, its full stop, then the record opening
    as records do (not any sentence: 'Planning Application 23/0456. Erection of a porch at …' is one title)."""
    head, stop, tail = text.partition(". ")
    tail = tail.strip()
    if not stop or not _phrase(head) or head.split()[-1].lower() in ABBREVIATIONS:
        return None
    return head if RECORD_START_RE.match(tail) else None


def _unmarked(text: str) -> str | None:
    """'Apologies for absence None received', 'Village Hall Car Park Cllr Dale reported …': the record opens as a
    record does right after the heading's words, a standard heading's or a title's (every word capitalised)."""
    for gap in WORD_END_RE.finditer(text[:HEAD_REACH]):  # a heading's words come first: no further to look
        head, tail = text[: gap.start()], text[gap.end() :]
        if not RECORD_START_RE.match(tail):
            continue
        if _phrase(head) and (STANDARD_HEADING_RE.match(head) or _titled(head)):
            return head
    return None
