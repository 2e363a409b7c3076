"""Stop 34 (segre34): segment patterns that went quadratic when searched alone, made linear without changing a match.

A search tries a pattern at each start, so a run that reads a long word to its end from each of its capitals, or a
'.*' tried from each character, turns one 20,000-character OCR line into seconds (benchmarks/adversarial_text.py
--only segment --regexes). The fixes, each checked here against the pattern as it was:

- a name's words bounded (BODY_RE, ORG_IN_TITLE_RE, ORG_HEADING_RE: at most 64 characters a word) and read whole
  where a space must follow them; the joining words of ORG_BEFORE_TITLE_RE at most three in a row;
- a whole name or a line's start anchored in the pattern (``\\A…\\Z``), as its only callers read it
  (``fullmatch``/``match``), the pattern renamed to say so: TOWNSHIP_LINE_RE, COMMUNITY_BOARD_NAME_RE,
  COUNTY_BOARD_NAME_RE, LOCAL_COUNCIL_NAME_RE, LETTER_DATE_LINE_RE, CAPS_LEAD_LINE_RE, CAPS_RUN_ON_LINE_RE;
- FILE_CELL_RE read from the first of the spaces before the file number (one match, at the line's end).

The readers' lines follow real pages (names, places and dates changed):

- http://www.twp.windsor.mi.us/Minutes/TB/TB-20070710.htm (a charter township's board of trustees, its regular meeting
  and date in capitals under the name)
- http://www.charlevoixtownship.com/meetings/meeting-minutes-august-14,-2017.html (a township board's minutes: the
  board, 'Minutes of Regular Meeting', the date, an 'Approved on:' line)
- http://www.cb11m.org/about-community-boards/ ('Manhattan Community Board 11' meets as itself)
- https://www.dauphincounty.org/government/publicly_elected_officials/commissioners/meeting_minutes.php (a county's
  board of commissioners)
- http://dyserthcouncil.wales/?page_id=729 (a community council's minutes)
- https://preprod2.youscribe.com/catalogue/documents/actualite-et-debat-de-societe/debats-et-polemiques/enclosure-23-audit-committee-minutes-533280
  (a primary care trust's name in capitals before its audit committee's notes)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from agendaparse.segment import bodies, facts, heading_title, meeting_date_from, minutes
from agendaparse.segment.meeting_dates import LETTER_DATE_LINE_RE

# the patterns as they were before stop 34, for the properties below
OLD_LETTER_DATE_RE = re.compile(
    r"^(date|dated|published|issued|despatched|dispatched|date of (?:issue|publication|despatch|dispatch)|"
    r"(?:issue|despatch|dispatch)\s+date|amended|"
    r"revised|updated|reissued|posted|printed|publication\s+date|effective\s+(?:from|date))\b"
    r"|(?:circulated|distributed|approved|signed|confirmed|agreed|prepared|produced|last\s+updated)\s*(?::|on\b|\d)"
    r"|.*\b(?:(?:to\s+be|for|subject\s+to)\s+(?:approv|confirm|sign|ratif)|next\s+meeting\b)",
    re.I,
)
OLD_CAPS_RUN_ON_RE = re.compile(r"(?P<head>[^a-z:]+(?::\s+[^a-z:\s][^a-z:]*)+):\s+(?P<tail>[A-Z][a-z].*)")
OLD_TOWNSHIP_LINE_RE = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\sTownship")
OLD_COMMUNITY_BOARD_RE = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,2}Community\s+Board\s+\d{1,2}")
OLD_FILE_CELL_RE = re.compile(r"\s{3,}\d{2}-\d{4}$")

NAME_TOKENS = [
    "Ashby", "Westshire", "Stoke-on-Trent", "O’Neill", "St.", "Bridge", "Isle", "Vale", "of", "the", "and", "&",
    "with", "upon", "Parish", "Town", "City", "Community", "County", "Borough", "District", "Council", "Charter",
    "Township", "London", "Royal", "Regional", "Municipality", "Regular", "Special", "The", "Full", "NHS", "Health",
    "Board", "Trust", "Foundation", "Integrated", "Care", "Fire", "Rescue", "Authority", "Minutes", "Agenda", "Notes",
    "Committee", "Meeting", "–", "-", "|", "Governing", "Body", "School", "District", "No.", "405", "Ltd.", "MINUTES",
    "CARE", "AND", "REPAIR", "FORUM", "OF", "THE", "for", "Ee-Ee-Ee",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", "\t", "-", ", ", "\n"]


@st.composite
def name_texts(draw: st.DrawFn) -> str:
    """Short texts of name words: where the old, unbounded patterns take no time."""
    words = draw(st.lists(st.one_of(st.sampled_from(NAME_TOKENS), st.text("AEe-’'. ", max_size=6)), max_size=12))
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(word + separator for word, separator in zip(words, separators, strict=True)).strip(" ")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def _unbounded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its words' bounds taken off again (as it was)."""
    text = pattern.pattern.replace("{1,63}+", "+").replace("{1,63}", "+").replace("{0,63}+", "*")
    return re.compile(text, pattern.flags)


@settings(max_examples=150, deadline=None)
@given(name_texts())
@pytest.mark.parametrize("name", ["BODY_RE", "ORG_IN_TITLE_RE", "ORG_HEADING_RE"])
def test_bounded_words_match_as_unbounded(name: str, text: str) -> None:
    """A word of a name is at most 64 characters: on text whose words are all shorter, the same matches."""
    assume(all(len(word) < 64 for word in re.split(r"[^\w'’&.-]+", text)))
    pattern = getattr(bodies, name)
    assert "{0,63}" in pattern.pattern or "{1,63}" in pattern.pattern
    assert _spans(pattern, text) == _spans(_unbounded(pattern), text)


@settings(max_examples=150, deadline=None)
@given(name_texts())
def test_org_before_title_joining_words_as_unbounded(text: str) -> None:
    """At most three joining words in a row ('of the', 'and the'): with no longer run, the same name."""
    assume(not re.search(r"(?:\b(?:of|for|and|the)\s+|&\s+){4}", text, re.I))
    unbounded = re.compile(facts.ORG_BEFORE_TITLE_RE.pattern.replace("\\s+){0,3}", "\\s+)*"), re.I)
    assert unbounded.pattern != facts.ORG_BEFORE_TITLE_RE.pattern
    assert _spans(facts.ORG_BEFORE_TITLE_RE, text) == _spans(unbounded, text)


@settings(max_examples=150, deadline=None)
@given(st.text(" \t\n0123456789-ab", max_size=40))
def test_file_cell_from_first_space_as_before(text: str) -> None:
    """The file number's spaces read from their first: the same match, and the same line once it is cut off."""
    assert _spans(minutes.FILE_CELL_RE, text) == _spans(OLD_FILE_CELL_RE, text)
    assert minutes.FILE_CELL_RE.sub("", text) == OLD_FILE_CELL_RE.sub("", text)


LINE_STARTS = [
    "Approved on: ", "Circulated: ", "Date of issue ", "DRAFT - to be approved at the next meeting ", "Next Meeting ",
    "Dated ", "Effective from ", "AGENDA: ", "REQUEST FOR DELETIONS/ADDITIONS: ", "Mr. T requested ", "Hartwell ",
    "Township", "Community Board 11", "Manhattan ", "Regular ", "8 September 2025", "updated", "PRESENT: ", "x",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINE_STARTS), max_size=6).map("".join))
def test_anchored_patterns_read_as_their_callers_read_the_old(text: str) -> None:
    """A pattern anchored in itself finds, searched, what the old one found where its callers read it."""
    for new, old, method in (
        (LETTER_DATE_LINE_RE, OLD_LETTER_DATE_RE, "match"),
        (minutes.CAPS_RUN_ON_LINE_RE, OLD_CAPS_RUN_ON_RE, "match"),
        (facts.TOWNSHIP_LINE_RE, OLD_TOWNSHIP_LINE_RE, "fullmatch"),
        (facts.COMMUNITY_BOARD_NAME_RE, OLD_COMMUNITY_BOARD_RE, "fullmatch"),
    ):
        found, before = new.search(text), getattr(old, method)(text)
        assert (found and (found.span(), found.groups())) == (before and (before.span(), before.groups()))


# the readers that call them, on lines after real pages


def test_township_heading_over_its_board_meeting() -> None:
    assert facts._township_heading("Regular Board", ["HARTWELL TOWNSHIP", "Regular Board Meeting Minutes"]) == (
        "Township of Hartwell",
        "Township Board",
    )


def test_charter_township_named_after_a_long_ocr_word() -> None:
    line = "Ee-" * 40 + "Minutes of Hartwell Charter Township Board of Trustees"
    assert [match[0] for match in bodies.body_matches(line)] == ["Hartwell Charter Township"]


def test_approved_on_line_is_not_the_meeting_date() -> None:
    lines = [
        "Hartwell Township Board",
        "Minutes of Regular Meeting",
        "Approved on: September 8, 2025",
        "August 11, 2025",
    ]
    assert meeting_date_from(lines) == dt.date(2025, 8, 11)


@pytest.mark.parametrize(
    "committee, expected",
    [
        ("Bronxdale Community Board 11", ("Bronxdale Community Board 11", "Bronxdale Community Board 11")),
        ("Pellham County Board of Commissioners", ("Pellham County", "Board of Commissioners")),
        ("Pellham County Health and Human Services Board", ("Pellham County", "Health and Human Services Board")),
    ],
)
def test_board_named_whole_is_its_body(committee: str, expected: tuple[str, str]) -> None:
    assert facts._body_of_committee(committee, []) == expected


def test_community_council_meeting_names_its_council() -> None:
    committee = "Llanbryn with Trefor Community Council"
    assert facts._own_local_council(None, committee, "")[0] == committee


def test_trust_named_before_its_committee_notes() -> None:
    heading = "NORTHBURY TEACHING PRIMARY CARE TRUST – AUDIT COMMITTEE NOTES OF THE MEETING HELD ON 13 MARCH 2026"
    assert bodies.body_from_org_heading([heading]) == "Northbury Teaching Primary Care Trust"


def test_org_before_minutes_of() -> None:
    heading = "CARE AND REPAIR FORUM EASTMOOR MINUTES OF BOARD MEETING HELD ON 4 MARCH 2026"
    assert facts._body_of_committee("Board", [heading]) == ("Care and Repair Forum Eastmoor", "Board")


@pytest.mark.parametrize(
    "line, title",
    [
        ("APOLOGIES Apologies for absence were received from Councillors J Morgan and T Price", "APOLOGIES"),
        (
            "AGENDA: REQUEST FOR DELETIONS/ADDITIONS: Mr. Hale requested that the bins be added to the list",
            "AGENDA: REQUEST FOR DELETIONS/ADDITIONS",
        ),
    ],
)
def test_capitals_heading_run_into_its_minute(line: str, title: str) -> None:
    assert heading_title(line) == title
