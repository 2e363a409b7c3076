"""Stage 2: what a document is and how it divides into items.

Reads the lines produced by :mod:`agendaparse.pdf` and finds: document type, body, committee
and meeting date; the agenda list of a frontsheet with printed page ranges; numbered minute
items; the physical pages of each item (through the printed page map and "Agenda Item N"
stamps).

The package, each module importing only from those listed before it:
:mod:`.patterns` (shared regexes, word lists and text tests), :mod:`.numbering` (item numbers,
page ranges, Roman numerals, OCR-misread numbers), :mod:`.attendance` (attendance blocks and the
people they list), :mod:`.headings` (heading lines, running heads, the frontsheet),
:mod:`.document_type` (:func:`classify_document`), :mod:`.meeting_dates` (meeting date and time),
:mod:`.bodies` (the body: council, department, organisation), :mod:`.committees` (the meeting
body: :func:`find_committee`), :mod:`.meeting_names` (the meeting a heading names where no committee is
found), :mod:`.facts` (:func:`document_facts`), :mod:`.publisher` (the
meeting ModernGov recorded in a PDF's properties or file name), :mod:`.presenters` (who
presents an item), :mod:`.agenda_list` (:func:`agenda_items`), :mod:`.run_on` (a minute heading run on
into its record on one line), :mod:`.minutes` (:func:`minutes_items`) and :mod:`.item_pages` (page -> item
map, cover fields). This module
re-exports what the rest of agendaparse, its tests, benchmarks and training/ import (a few private
names and regexes the tests check).
"""

from __future__ import annotations

from .agenda_list import DATE_REST_RE, TIME_SLOT_RE, agenda_items
from .attendance import _attendance_label, meeting_attendance
from .bodies import (
    body_from_meeting_heading,
    body_from_meeting_title,
    council_from_initialism,
    expand_initialism,
    find_body,
    municipal_style,
    normalise_body,
)
from .committees import GENERAL_MEETING_RE, _strip_place, _without_meeting_kind, find_committee, minutes_of_matches
from .document_type import _action_plan_header, classify_document
from .facts import DocumentFacts, document_facts
from .headings import heading_lines
from .item_pages import assign_pages, attach_cover_fields, contact_officer, cover_author, cover_fields
from .meeting_dates import PERIOD_END_RE, _only_a_date, date_column, meeting_date_from
from .minutes import MINUTE_LABEL_RE, _caps_heading, _parse_heading_number, heading_title, minutes_items
from .numbering import format_page_range, parse_item_number, parse_page_range, roman_value, to_roman
from .patterns import SMALL_WORDS
from .publisher import PublishedMeeting, published_meeting, with_published_meeting

__all__ = [
    "DATE_REST_RE",
    "DocumentFacts",
    "GENERAL_MEETING_RE",
    "MINUTE_LABEL_RE",
    "PERIOD_END_RE",
    "PublishedMeeting",
    "SMALL_WORDS",
    "TIME_SLOT_RE",
    "_action_plan_header",
    "_attendance_label",
    "_caps_heading",
    "_only_a_date",
    "_parse_heading_number",
    "_strip_place",
    "_without_meeting_kind",
    "agenda_items",
    "assign_pages",
    "attach_cover_fields",
    "body_from_meeting_heading",
    "body_from_meeting_title",
    "classify_document",
    "contact_officer",
    "council_from_initialism",
    "cover_author",
    "cover_fields",
    "date_column",
    "document_facts",
    "expand_initialism",
    "find_body",
    "find_committee",
    "format_page_range",
    "heading_lines",
    "heading_title",
    "meeting_attendance",
    "meeting_date_from",
    "minutes_items",
    "minutes_of_matches",
    "municipal_style",
    "normalise_body",
    "parse_item_number",
    "parse_page_range",
    "published_meeting",
    "roman_value",
    "to_roman",
    "with_published_meeting",
]
