"""The meeting ModernGov records outside the page text (segment.publisher): a public pack's PDF title or subject, or
the name it serves a file under, fills the committee, meeting date and type the page text left unknown; the page text
wins where it speaks, and other writers' titles (templates, earlier meetings) are never read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.extract import extract_document
from agendaparse.pdf import read_document
from agendaparse.segment import published_meeting
from conftest import REAL, needs_shared

PACK_TITLE = "(Public Pack)Agenda Document for Cabinet, 24/07/2024 14:00"


@pytest.mark.parametrize(
    ("properties", "file_name", "expected"),
    [
        ({"Title": PACK_TITLE}, None, ("Cabinet", "2024-07-24", "14:00", "agenda_pack", "moderngov:pdf-title")),
        (
            {
                "Title": "(Public Pack)Item 3 Supplement - Devolution report Agenda Supplement  for County Council, "
                "09/01/2025 10:00",
                "Subject": "County Council, 09/01/2025 10:00",
            },
            None,
            ("County Council", "2025-01-09", "10:00", "agenda_pack", "moderngov:pdf-title"),
        ),
        (
            {"Title": "Agenda Template", "Subject": "Planning Committee, 03/03/2025 18:30"},
            None,
            ("Planning Committee", "2025-03-03", "18:30", None, "moderngov:pdf-subject"),
        ),
        (
            {},
            "Agenda frontsheet, 10th-May-2012 17.00, Council.pdf",
            ("Council", "2012-05-10", "17:00", "agenda_pack", "moderngov:file-name"),
        ),
        (
            {},
            "Public+reports+pack+Wednesday+24-Jul-2024+14.00+Cabinet.pdf",
            ("Cabinet", "2024-07-24", "14:00", "agenda_pack", "moderngov:file-name"),
        ),
        (
            {},
            "downloads/Printed minutes Thursday 09-Jan-2025 10.00 County Council.pdf",
            ("County Council", "2025-01-09", "10:00", "minutes", "moderngov:file-name"),
        ),
    ],
)
def test_moderngov_record(properties: dict[str, str], file_name: str | None, expected: tuple) -> None:
    meeting = published_meeting(properties, file_name)
    assert meeting is not None
    got = (meeting.committee, meeting.meeting_date.isoformat(), meeting.meeting_time, meeting.doc_type, meeting.source)
    assert got == expected


@pytest.mark.parametrize(
    ("properties", "file_name"),
    [
        ({"Title": "Agenda Template", "Author": "Your council"}, None),  # a Word template's title
        ({"Title": "Milburn Parish Council   -   6th March 2012"}, None),  # an earlier meeting's, on another's minutes
        ({"Title": "Microsoft Word - ACC Minutes 8th July 2008 _V2_.doc"}, None),
        ({"Subject": "As at June 2023-24 – Quarter 1"}, None),
        ({"Subject": "County Council, 31/02/2025 10:00"}, None),  # no such day
        ({"Title": "(Public Pack)Agenda Document for Cabinet"}, None),  # no meeting date
        ({}, "2025-01-30_cabinet_agenda_frontsheet.pdf"),  # a name of the user's own
        ({}, "Agenda frontsheet, 31st-Apr-2012 17.00, Council.pdf"),
    ],
)
def test_no_record(properties: dict[str, str], file_name: str | None) -> None:
    assert published_meeting(properties, file_name) is None


COMMITTEES = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&-' "), max_size=60)


@given(
    committee=COMMITTEES.map(lambda text: " ".join(text.split())).filter(bool),
    day=st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_subject_and_file_name_round_trip(committee: str, day: dt.date, hour: int, minute: int) -> None:
    subject = f"{committee}, {day:%d/%m/%Y} {hour:02d}:{minute:02d}"
    from_subject = published_meeting({"Subject": subject})
    assert from_subject is not None
    assert (from_subject.committee, from_subject.meeting_date) == (committee, day)
    file_name = f"Agenda frontsheet, {day.day}th-{day:%b}-{day.year} {hour:02d}.{minute:02d}, {committee}.pdf"
    from_name = published_meeting({}, file_name)
    assert from_name is not None
    assert (from_name.committee, from_name.meeting_date, from_name.meeting_time) == (
        committee,
        day,
        f"{hour:02d}:{minute:02d}",
    )


def _drawn(path: Path, lines: list[str], title: str | None = None, subject: str | None = None) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    if subject:
        pdf.setSubject(subject)
    y = 780
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 18
    pdf.save()
    return path


# a supplement that opens on its report: the page text names no meeting
SUPPLEMENT_PAGE = [
    "Item 3 Supplement",
    "Update on the English Devolution White Paper",
    "This paper sets out the latest position following the Government's announcement and",
    "the timetable the Leader has proposed for a response.",
]


def test_pack_title_fills_the_meeting(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path / "supplement.pdf", SUPPLEMENT_PAGE, title=PACK_TITLE)
    plain = extract_document(_drawn(tmp_path / "plain.pdf", SUPPLEMENT_PAGE), ocr="never", with_tables=False)
    assert (plain.document.committee, plain.document.meeting_date) == (None, None)
    document = extract_document(pdf, ocr="never", with_tables=False).document
    assert (document.committee, document.meeting_date, document.doc_type) == (
        "Cabinet",
        dt.date(2024, 7, 24),
        "agenda_pack",
    )
    assert document.provenance["committee"] == document.provenance["meeting_date"] == "moderngov:pdf-title"


def test_page_text_wins(tmp_path: Path) -> None:
    lines = ["Planning Committee", "Monday 3 March 2025 at 6.30 pm", "Agenda", "1. Apologies for absence"]
    pdf = _drawn(tmp_path / "planning.pdf", lines, subject="Cabinet, 24/07/2024 14:00")
    document = extract_document(pdf, ocr="never", with_tables=False).document
    assert (document.committee, document.meeting_date) == ("Planning Committee", dt.date(2025, 3, 3))
    assert not document.provenance["committee"].startswith("moderngov")


def test_other_writers_titles_not_read(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path / "report.pdf", SUPPLEMENT_PAGE, title="Milburn Parish Council   -   6th March 2012")
    document = extract_document(pdf, ocr="never", with_tables=False).document
    assert (document.committee, document.meeting_date) == (None, None)


@needs_shared()
def test_real_moderngov_supplement_properties() -> None:
    read = read_document(REAL / "kent-cc" / "2025-01-09_county_council_item3_supplement_pack.pdf")
    assert read.properties["Subject"] == "County Council, 09/01/2025 10:00"
    meeting = published_meeting(read.properties)
    assert meeting is not None
    assert (meeting.committee, meeting.meeting_date, meeting.source) == (
        "County Council",
        dt.date(2025, 1, 9),
        "moderngov:pdf-title",
    )
