"""Twenty-five nlp, segment, dates and hyphens patterns alone on the long hostile lines that made them backtrack (stop
56), and as before on the text their callers give them, called as their callers call them.

``benchmarks/adversarial_text.py --regexes`` listed them in KNOWN_SLOW_PATTERNS, each safe only as its
callers ran it (on a word, a short window, or from a word's end). Searched alone along a 20,000-character line they
took 0.4 s to over 2 s (800x to 15,000x the reference):

- a run of 20,000 spaces read again from each of its spaces, by a pattern that opens on spaces (the dues readers of
  what follows a due phrase, names' readers of what follows or precedes a name, paragraphs.COLUMN_DUE_RE) or ends on
  two runs of spaces (candidates.MOTION_LEAD_RE, dates.NO_DATE_RE): now from a run's start only, possessively
  (names.NOT_INSIDE_SPACES), which no caller's position (a word's end) tells apart;
- one long word read to its end from each letter or capital inside it (a name's NAME in a hyphenated word, a
  capitalised word in "AAAA…", hyphens.SOFT_HYPHEN_PART_RE in "aaaa…"): now a word is read whole, at most 61
  characters or 62 (classification.CAPITAL_WORD, names.NAME_WORD), or from a word's first letter or a capital;
- committees.MINUTES_OF_RE read a line of "Minutes of …" with no "held" to its end from each "Minutes of" (its caller
  cuts the text after the last "held"): now a committee is at most 1,500 characters (the longest real one, 1,005),
  so its time grows with the line, 1,500 characters a "Minutes of" at most (near 400x on the benchmark's line);
- names.CAPITAL_SURNAME_INITIALS_RE, not in the list but over 20 s alone on "A-" * 10,000 (``--check`` failed on it):
  a surname in capitals as two runs around a vowel, split at each vowel from each hyphen; now read whole, at most 61
  characters, its vowel looked for ahead.

Three more, outside both helpers' modules and never listed, read a long hyphenated word to its end from each of its
capitals (the lead, stop 56): attendance.HOUSING_BODY_RE (1.6 s, 7,800x on 'Ee-' * 6,700) and owners.POST_OF_BODY_RE
(1.9 s, 9,300x), found by helper A's full ``--only nlp --regexes --check`` run, and owners.MAC_INITIALS_RE (515 ms,
2,235x; a finditer over every attendance line), behind that check's last failure (the find_actions page reader at
5,287x on that line). Each word is now read whole from its start (names.NAME_WORD for MAC_INITIALS_RE's given name)
and each run of spaces once: 2 ms, 5 ms and 0.8 ms. The same match and fullmatch from every word start, and the same
finditer matches, on 25,617 dev PDF lines, page texts and training texts (0 differences).

Stop 57, the lead: committees.DASHED_DATE_END_RE (the date after 'Executive - ', read from each comma or dash to the
line's end: 550 ms on 'Abc, ' * 4,000, behind document_facts at 5,182x in the items57 helper's segment check) reads 80
characters at most, from the start of a run of spaces: 5 ms. On 87,641 dev lines, page texts and training texts, 48 long
lines (a target 'By 2028, … 2028') are no longer matched, and _executive_under_body decides every one as before (0
differences).

Stop 57 (actions of unseen bodies) adds its seven new patterns, linear alone from the start: classification.
CONJOINED_OWNER_RE, LEADING_CLAUSE_RE, BARE_AGREED_STEP_RE and ASKED_IF_POST_RE read a bounded window (120 characters
at most) from a word of their own ("and", "Whilst", "Agreed", "asked"), LABELLED_SUBJUNCTIVE_RE 300 characters and
BARE_IMPERATIVE_STEP_RE and THAT_IT_BE_RE a label and a few words from the line's start; and the three it widened,
HAD_AND_WILL_RE ("would" as "will", a post in lower case), STRONG_REQUEST_RE (HEARD_AND's "raised") and AGREED_VIEW_RE
(no modal before the copula, 80 characters at most); and the four that turn away a member's part in the meeting itself
(ASKED_OWNER_RE, no determiner for a verb, MAKE_A_STATEMENT_RE, INVITED_IN_MEETING_RE, MEMBERS_DECLARE_RE); each within
the bound on every hostile line here. The lead's classification.LED_POST_STEP_RE read a hyphenated word from each
of its parts (225 ms on 'a-' * 5,000, 3,790x to 5,113x in the benchmark's runs, at its bound under load): it now reads
the word whole from its start (0.5 ms); the same finditer matches on 37,313 dev PDF lines, page texts and training
texts (0 differences).

Pass before (the code of e278b1b; of 368f9ca for MAC_INITIALS_RE): every real-text case; none of the twenty-five
patterns within the bound on these lines.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from agendaparse import dates, hyphens
from agendaparse.nlp import attendance, candidates, classification, dues, names, owners, paragraphs
from agendaparse.segment import committees

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial_text import slower_than_bound  # noqa: E402

PATTERNS: dict[str, re.Pattern[str]] = {
    "candidates.COLUMN_DUE_RE": paragraphs.COLUMN_DUE_RE,
    "candidates.MOTION_LEAD_RE": candidates.MOTION_LEAD_RE,
    "candidates.FULL_NAME_RE": candidates.FULL_NAME_RE,
    "classification.MID_COMMIT_RE": classification.MID_COMMIT_RE,
    "classification.LEAD_IN_ONLY_RE": classification.LEAD_IN_ONLY_RE,
    "classification.REPORTED_LINE_RE": classification.REPORTED_LINE_RE,
    "dues.MONTH_PAIR_AFTER_RE": dues.MONTH_PAIR_AFTER_RE,
    "dues.IN_MONTH_AFTER_RE": dues.IN_MONTH_AFTER_RE,
    "dues.MONTHS_AFTER_RE": dues.MONTHS_AFTER_RE,
    "dues.MONTH_RANGE_AFTER_RE": dues.MONTH_RANGE_AFTER_RE,
    "dues.QUARTER_OF_YEAR_RE": dues.QUARTER_OF_YEAR_RE,
    "names.COUNCIL_MEMBER_AFTER_RE": names.COUNCIL_MEMBER_AFTER_RE,
    "names.ACRONYM_BODY_TAIL_RE": names.ACRONYM_BODY_TAIL_RE,
    "names.TWO_WORDS_BEFORE_REVERSED_RE": names.TWO_WORDS_BEFORE_REVERSED_RE,
    "names.PERSON_OF_RE": names.PERSON_OF_RE,
    "names.CAPITALISED_WORD_BEFORE_RE": names.CAPITALISED_WORD_BEFORE_RE,
    "paragraphs.MIDDLE_INITIAL_END_RE": paragraphs.MIDDLE_INITIAL_END_RE,
    "paragraphs.MARGIN_FULL_NAME_RE": paragraphs.MARGIN_FULL_NAME_RE,
    "dates.NO_DATE_RE": dates.NO_DATE_RE,
    "attendance.HOUSING_BODY_RE": attendance.HOUSING_BODY_RE,
    "owners.POST_OF_BODY_RE": owners.POST_OF_BODY_RE,
    "owners.MAC_INITIALS_RE": owners.MAC_INITIALS_RE,
    "hyphens.SOFT_HYPHEN_PART_RE": hyphens.SOFT_HYPHEN_PART_RE,
    "committees.MINUTES_OF_RE": committees.MINUTES_OF_RE,
    "names.CAPITAL_SURNAME_INITIALS_RE": names.CAPITAL_SURNAME_INITIALS_RE,
    "classification.CONJOINED_OWNER_RE": classification.CONJOINED_OWNER_RE,
    "classification.LEADING_CLAUSE_RE": classification.LEADING_CLAUSE_RE,
    "classification.BARE_AGREED_STEP_RE": classification.BARE_AGREED_STEP_RE,
    "classification.ASKED_IF_POST_RE": classification.ASKED_IF_POST_RE,
    "classification.LABELLED_SUBJUNCTIVE_RE": classification.LABELLED_SUBJUNCTIVE_RE,
    "classification.BARE_IMPERATIVE_STEP_RE": classification.BARE_IMPERATIVE_STEP_RE,
    "classification.AGREED_VIEW_RE": classification.AGREED_VIEW_RE,
    "classification.ASKED_OWNER_RE": classification.ASKED_OWNER_RE,
    "classification.MAKE_A_STATEMENT_RE": classification.MAKE_A_STATEMENT_RE,
    "classification.INVITED_IN_MEETING_RE": classification.INVITED_IN_MEETING_RE,
    "classification.MEMBERS_DECLARE_RE": classification.MEMBERS_DECLARE_RE,
    "classification.THAT_IT_BE_RE": classification.THAT_IT_BE_RE,
    "classification.HAD_AND_WILL_RE": classification.HAD_AND_WILL_RE,
    "classification.STRONG_REQUEST_RE": classification.STRONG_REQUEST_RE,
    "classification.LED_POST_STEP_RE": classification.LED_POST_STEP_RE,
    "committees.DASHED_DATE_END_RE": committees.DASHED_DATE_END_RE,
}
# longer lines than the benchmark's: along 20,000 characters the patterns that read a run of spaces or a word from each
# of its characters stood at 800x to 2,400x, some under the bound (a run of spaces is read fast; twice, around a word,
# slower)
HOSTILE = {
    "spaces": " " * 100_000,
    "spaces around Due:": " " * 25_000 + "Due:" + " " * 25_000 + "x",
    "spaces around in": " " * 25_000 + "in" + " " * 25_000 + "x",
    "label, spaces": "RESOLUTION" + " " * 50_000 + ": That",
    "word, spaces": "Ongoing" + " " * 50_000 + "x",
    "hyphenated word": "Ee-" * 16_700,
    "long word": "a" * 49_999 + "1",
    "capitals": "A" * 20_000,
    "glued word": "Ab" * 10_000,
    "minutes of, no held": "83/26 " + "Minutes of the Statutory Meeting of " * 1_400 + "10th December 2026.",
    "hyphenated capitals": "A-" * 10_000 + " City Council",
    "words and commas": "Abc, " * 10_000,
}
BOUND_X = 2_500  # as tests/test_regex_linear.py: a pattern that backtracks stood at 5,000x to over 100,000x

TEXT = "Cllr Smith Kate Green"
WINDOW = "Local e-Government Standards Body were hosting"
# (pattern, how its caller calls it, the arguments, the span and groups it gives)
CASES = [
    ("candidates.COLUMN_DUE_RE", "search", ("Order the new bench   Due: 30 Nov",), [19, 33, "30 Nov"]),
    ("candidates.COLUMN_DUE_RE", "search", ("Repair the gate Due: 12/03/25 ",), [15, 30, "12/03/25"]),
    ("candidates.COLUMN_DUE_RE", "search", ("Due: 30 Nov",), None),
    ("candidates.MOTION_LEAD_RE", "match", ("Moved Cr Hale, seconded Cr Moss and resolved:",), [0, 45]),
    ("candidates.MOTION_LEAD_RE", "match", ("Seconded by: Councillor S. Marsh",), [0, 32]),
    ("candidates.MOTION_LEAD_RE", "match", ("RESOLVED -",), [0, 10]),
    ("candidates.MOTION_LEAD_RE", "match", ("Moved that the Clerk write to the school",), None),
    ("candidates.FULL_NAME_RE", "search", ("Paul Heath (HM Treasury) and Áine Byrne",), [0, 10, "Heath"]),
    ("candidates.FULL_NAME_RE", "search", ("Áine Byrne attended",), [0, 10, "Byrne"]),
    (
        "classification.MID_COMMIT_RE",
        "search",
        ("The report was noted and Mrs Chandler offered to circulate it",),
        [25, 58, "Mrs Chandler"],
    ),
    (
        "classification.MID_COMMIT_RE",
        "search",
        ("Members thanked Tom Reid, and Tom Reid agreed to contact the school",),
        [30, 56, "Tom Reid"],
    ),
    ("classification.MID_COMMIT_RE", "search", ("Tom Reid agreed to it",), None),
    ("classification.LEAD_IN_ONLY_RE", "fullmatch", ("It was resolved that:",), [0, 21]),
    ("classification.LEAD_IN_ONLY_RE", "fullmatch", ("The Parish Council resolved:",), [0, 28]),
    ("classification.LEAD_IN_ONLY_RE", "fullmatch", ("AGREED",), [0, 6]),
    ("classification.LEAD_IN_ONLY_RE", "fullmatch", ("Agreed to buy a bench",), None),
    ("classification.REPORTED_LINE_RE", "match", ("The Chair thanked everyone for coming",), [0, 17]),
    ("classification.REPORTED_LINE_RE", "match", ("All actions were complete.",), [0, 16]),
    ("classification.REPORTED_LINE_RE", "match", ("The Clerk has written to the school",), [0, 13]),
    ("classification.REPORTED_LINE_RE", "match", ("Clerk to write to the school",), None),
    ("dues.MONTH_PAIR_AFTER_RE", "match", ("the June/July Board meeting", 8), [8, 13]),
    ("dues.MONTH_PAIR_AFTER_RE", "match", ("in May or June", 6), [6, 14]),
    ("dues.IN_MONTH_AFTER_RE", "match", ("the next meeting in November", 16), [16, 28, "November"]),
    ("dues.IN_MONTH_AFTER_RE", "match", ("the next meeting in 2025", 16), None),
    ("dues.MONTHS_AFTER_RE", "match", ("during the summer months", 17), [17, 24]),
    ("dues.MONTHS_AFTER_RE", "match", ("over the winter’s months", 15), [15, 24]),
    ("dues.MONTH_RANGE_AFTER_RE", "match", ("during Jan–Mar 2025", 10), [10, 19, "Mar", " 2025"]),
    ("dues.MONTH_RANGE_AFTER_RE", "match", ("in January to March, 2026", 10), [10, 25, "March", ", 2026"]),
    ("dues.QUARTER_OF_YEAR_RE", "match", ("by Q3 of 2025-26", 5), [5, 16, "2025-26"]),
    ("dues.QUARTER_OF_YEAR_RE", "match", ("by Q1 of 2026", 5), [5, 13, "2026"]),
    ("names.COUNCIL_MEMBER_AFTER_RE", "match", ("Ronnie Anderson Council Member", 15), [15, 30]),
    ("names.ACRONYM_BODY_TAIL_RE", "match", ("Brendon Vale AONB Partnership", 12), [12, 29]),
    # read backwards from the name's start ("Kate Green"): the two words before it, reversed
    ("names.TWO_WORDS_BEFORE_REVERSED_RE", "match", (TEXT[::-1], len(TEXT) - 11), [10, 21, "htimS", "rllC"]),
    ("names.PERSON_OF_RE", "fullmatch", ("Kay Lucas of Brent Valley Flood Forum", 9, 13), [9, 13]),
    ("names.PERSON_OF_RE", "fullmatch", ("Kay Lucas, from Brent Valley Flood Forum", 9, 16), [9, 16]),
    # in the 40 characters before a name's start ("Standards Body")
    ("names.CAPITALISED_WORD_BEFORE_RE", "search", (WINDOW, 0, 19), [8, 19]),
    ("names.CAPITALISED_WORD_BEFORE_RE", "search", ("the Local Standards Body", 0, 10), [4, 10]),
    ("names.CAPITALISED_WORD_BEFORE_RE", "search", ("the Local Standards Body", 0, 4), None),
    ("paragraphs.MIDDLE_INITIAL_END_RE", "search", ("appoint Martha E.",), [8, 17, "Martha"]),
    ("paragraphs.MARGIN_FULL_NAME_RE", "fullmatch", ("Jane Smith",), [0, 10]),
    ("paragraphs.MARGIN_FULL_NAME_RE", "fullmatch", ("Siân O'Neill",), [0, 12]),
    ("paragraphs.MARGIN_FULL_NAME_RE", "fullmatch", ("Clerk",), None),
    ("dates.NO_DATE_RE", "match", ("Ongoing.",), [0, 8, "Ongoing"]),
    ("dates.NO_DATE_RE", "match", ("  TBC  ",), [0, 7, "TBC"]),
    ("dates.NO_DATE_RE", "match", ("by March",), None),
    ("hyphens.SOFT_HYPHEN_PART_RE", "fullmatch", ("manage-",), [0, 7]),
    ("hyphens.SOFT_HYPHEN_PART_RE", "fullmatch", ("Inspec-",), [0, 7]),
    ("hyphens.SOFT_HYPHEN_PART_RE", "fullmatch", ("eMail-",), None),
    (
        "committees.MINUTES_OF_RE",
        "search",
        ("Minutes of the Annual Meeting of Fife Council held on 5 May 2025",),
        [0, 50, "Fife Council"],
    ),
    (
        "committees.MINUTES_OF_RE",
        "search",
        ("Notes of a meeting of the Village Hall Committee which took place on 3 June",),
        [0, 65, "Village Hall Committee"],
    ),
    (
        "committees.MINUTES_OF_RE",
        "search",
        ("Agenda\nAt a meeting of the Planning Committee held at the Hall",),
        [7, 50, "Planning Committee"],
    ),
    (
        "committees.MINUTES_OF_RE",
        "search",
        ("MINUTE of MEETING of the EDUCATION COMMITTEE\nheld in the Chamber",),
        [0, 49, "EDUCATION COMMITTEE"],
    ),
    ("committees.MINUTES_OF_RE", "search", ("Minutes of the last meeting were approved",), None),
    # from the end of an attendance line's label, then from each match's end (finditer)
    ("names.CAPITAL_SURNAME_INITIALS_RE", "search", ("Apologies: SMITH J, O'BRIEN M", 10), [10, 18, "SMITH", "J"]),
    ("names.CAPITAL_SURNAME_INITIALS_RE", "search", ("Apologies: SMITH J, O'BRIEN M", 18), [19, 29, "O'BRIEN", "M"]),
    ("names.CAPITAL_SURNAME_INITIALS_RE", "search", ("Present: JONES A.B. and MCKAY R", 8), [8, 20, "JONES", "A.B. "]),
    ("names.CAPITAL_SURNAME_INITIALS_RE", "search", ("Present: JONES A.B. and MCKAY R", 19), [23, 31, "MCKAY", "R"]),
    ("names.CAPITAL_SURNAME_INITIALS_RE", "search", ("Apologies: KCC A", 10), None),
    ("attendance.HOUSING_BODY_RE", "fullmatch", ("Hartfield Housing",), [0, 17]),
    ("attendance.HOUSING_BODY_RE", "fullmatch", ("North Fold Homes",), [0, 16]),
    ("attendance.HOUSING_BODY_RE", "fullmatch", ("Housing",), None),
    ("attendance.HOUSING_BODY_RE", "fullmatch", ("Great North Fold Homes",), None),
    ("owners.POST_OF_BODY_RE", "fullmatch", ("Chief Executive of the OPCC",), [0, 27, "Chief Executive"]),
    ("owners.POST_OF_BODY_RE", "fullmatch", ("The Chair of the Board",), [0, 22, "Chair"]),
    ("owners.POST_OF_BODY_RE", "match", ("Head of Service of the Council",), None),
    ("owners.POST_OF_BODY_RE", "match", ("Director of the Westshire Fire Authority said",), [0, 40, "Director"]),
    ("owners.MAC_INITIALS_RE", "search", ("Present: Morag MacAulay (MMacA)",), [9, 31, "Morag MacAulay", "MMacA"]),
    ("owners.MAC_INITIALS_RE", "search", ("Mary-Ann McLeod  (MMcL) and others",), [0, 23, "Mary-Ann McLeod", "MMcL"]),
    ("owners.MAC_INITIALS_RE", "search", ("Morag Macaulay (MMacA)",), None),
    ("classification.LED_POST_STEP_RE", "search", ("B) Clerk to follow up the quote",), [1, 18, "Clerk"]),
    ("classification.LED_POST_STEP_RE", "search", ("Bus shelter – the Clerk to order glass",), [12, 32, "the Clerk"]),
    ("classification.LED_POST_STEP_RE", "search", ("Co-opted member Clerk to note",), [9, 29, "Clerk"]),
    ("classification.LED_POST_STEP_RE", "search", ("Clerk to be told",), None),
    ("committees.DASHED_DATE_END_RE", "search", ("Executive - Wednesday 19 March 2025",), [9, 35]),
    ("committees.DASHED_DATE_END_RE", "search", ("CABINET, 4th June 2024",), [7, 22]),
    ("committees.DASHED_DATE_END_RE", "search", ("Executive - Wednesday 19 March",), None),
]


@pytest.mark.parametrize("label", sorted(PATTERNS))
def test_linear_alone(label: str) -> None:
    assert slower_than_bound(PATTERNS[label].search, HOSTILE, BOUND_X) is None, label


@pytest.mark.parametrize(("label", "how", "arguments", "expected"), CASES)
def test_as_before(label: str, how: str, arguments: tuple, expected: list | None) -> None:
    match = getattr(PATTERNS[label], how)(*arguments)
    assert (None if match is None else [match.start(), match.end(), *match.groups()]) == expected
