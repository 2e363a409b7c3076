"""The meeting a publishing system recorded outside the page text: ModernGov's PDF properties and file names.

ModernGov builds a meeting's packs from its own record of the meeting and writes that record into the PDF's
properties ('(Public Pack)Agenda Document for Cabinet, 24/07/2024 14:00' as the title, 'County Council, 09/01/2025
10:00' as the subject) and into the names it serves the files under ('Agenda frontsheet, 10th-May-2012 17.00,
Council.pdf', 'Public reports pack Wednesday 24-Jul-2024 14.00 Cabinet.pdf'). Where the page text names no committee
or meeting date (a supplement that opens on a report, a scanned frontsheet), that record names them.

Other writers' properties are not read: a Word document's title is often its template's ('Agenda Template') or an
earlier meeting's ('Milburn Parish Council - 6th March 2012' on a neighbouring council's minutes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote_plus

from ..dates import MONTH_RE, ORDINAL, WEEKDAY_RE, find_meeting_date
from ..models import DocType
from .facts import DocumentFacts

# 'County Council, 09/01/2025 10:00': the committee, then the meeting's date (day first) and time
_MEETING_TAIL = r"(?P<committee>[^,\n]{1,150}?),\s(?P<date>\d{2}/\d{2}/\d{4})\s(?P<time>\d{2}:\d{2})"
MODERNGOV_SUBJECT_RE = re.compile(rf"\A{_MEETING_TAIL}\Z")
# '(Public Pack)Agenda Document for Cabinet, 24/07/2024 14:00', '(Public Pack)Item 3 Supplement - ... Agenda
# Supplement  for County Council, 09/01/2025 10:00'
MODERNGOV_TITLE_RE = re.compile(rf"\A\(Public Pack\)(?P<what>[^\n]{{0,300}}?)\s+for\s+{_MEETING_TAIL}\Z")
# 'Agenda frontsheet, 10th-May-2012 17.00, Council', 'Printed minutes Thursday 09-Jan-2025 10.00 County Council'
MODERNGOV_FILE_NAME_RE = re.compile(
    r"\A(?P<what>Agenda\s+frontsheet|Public\s+reports\s+pack|Agenda\s+reports\s+pack|Printed\s+minutes|"
    r"Supplementary\s+agenda|Agenda\s+supplement|Decisions|Minutes)"
    rf",?\s+(?:{WEEKDAY_RE}\s+)?(?P<day>\d{{1,2}}){ORDINAL}-(?P<month_year>{MONTH_RE}-\d{{4}})"
    r"\s+(?P<time>\d{2}\.\d{2}),?\s+(?P<committee>[^,]{1,150})\Z",
    re.I,
)
# the properties a pack's record stands in, and the provenance each gives
PROPERTY_RECORDS = (
    ("Title", MODERNGOV_TITLE_RE, "moderngov:pdf-title"),
    ("Subject", MODERNGOV_SUBJECT_RE, "moderngov:pdf-subject"),
)
# ModernGov's properties and names are a line long; a longer value is some other writer's
PROPERTY_CHARS = 600


@dataclass(frozen=True)
class PublishedMeeting:
    """The meeting a publishing system says a PDF belongs to, and where it said so."""

    committee: str
    meeting_date: dt.date
    meeting_time: str
    doc_type: DocType | None
    source: str  # 'moderngov:pdf-title', 'moderngov:pdf-subject' or 'moderngov:file-name'


def published_meeting(properties: dict[str, str], file_name: str | None = None) -> PublishedMeeting | None:
    """The meeting ModernGov recorded in a PDF's properties (``Title``, ``Subject``) or the file's name, if any.

    >>> published_meeting({"Subject": "County Council, 09/01/2025 10:00"}).committee
    'County Council'
    >>> published_meeting({}, "Agenda frontsheet, 10th-May-2012 17.00, Council.pdf").meeting_date
    datetime.date(2012, 5, 10)
    """
    for key, pattern, source in PROPERTY_RECORDS:
        match = pattern.match(" ".join(properties.get(key, "")[:PROPERTY_CHARS].split()))
        if match and (meeting := _meeting(match, match["date"], source)):
            return meeting
    if file_name:
        stem = " ".join(unquote_plus(PurePath(file_name).stem)[:PROPERTY_CHARS].split())
        match = MODERNGOV_FILE_NAME_RE.match(stem)
        if match:  # the ordinal off: '10th-May-2012' read as '10-May-2012'
            return _meeting(match, f"{match['day']}-{match['month_year']}", "moderngov:file-name")
    return None


def _meeting(match: re.Match[str], date_text: str, source: str) -> PublishedMeeting | None:
    """The record a match holds, if its date is a real day (the project's day-first date reader)."""
    day = find_meeting_date(date_text)
    committee = match["committee"].strip()
    if day is None or not committee:
        return None
    what = match.groupdict().get("what")
    return PublishedMeeting(committee, day, match["time"].replace(".", ":"), _kind_of(what) if what else None, source)


def _kind_of(what: str) -> DocType | None:
    words = what.lower()
    if "minutes" in words or words == "decisions":
        return "minutes"
    if "agenda" in words or "reports pack" in words:
        return "agenda_pack"
    return None


def with_published_meeting(facts: DocumentFacts, meeting: PublishedMeeting | None) -> DocumentFacts:
    """Fill what the page text left unknown (committee, meeting date and time) from the published record, and name a
    pack or minutes that the text took for a paper.

    The page text wins where it speaks: the gold and the reader name a committee as printed, and a pack's title
    page is what a reader sees."""
    if meeting is None:
        return facts
    changes: dict[str, object] = {}
    provenance = dict(facts.provenance)
    if facts.committee is None:
        changes["committee"] = meeting.committee
        provenance["committee"] = meeting.source
    if facts.meeting_date is None:
        changes["meeting_date"] = meeting.meeting_date
        changes["meeting_time"] = facts.meeting_time or meeting.meeting_time
        changes["reference_date"] = meeting.meeting_date  # as document_facts: a meeting's date completes the others
        provenance["meeting_date"] = meeting.source
    if facts.doc_type in ("report", "other") and meeting.doc_type is not None:
        # a public pack or printed minutes that open on a report (a supplement) are still the pack or the minutes
        changes["doc_type"] = meeting.doc_type
        provenance["doc_type"] = meeting.source
    if not changes:
        return facts
    return dataclasses.replace(facts, **changes, provenance=provenance)
