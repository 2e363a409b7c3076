"""Long cells stay cheap and read as before (tables round 24).

Real tables carry cells of thousands of characters: an update column pasted in full, OCR noise. A date,
status, owner or header reading needs only a cell's opening, so the readers look at a bounded head of the
cell (:func:`agendaparse.tables.cells.cell_head`). These are behaviour tests, not timings (speed targets live
in benchmarks): each adversarial cell of 20,000 characters gives the readings the unbounded code gave.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.tables import (
    cell_kind,
    deadline,
    done_status,
    header_fields,
    normalise_status,
    plan_particulars,
    split_owner,
    table_fields,
)
from agendaparse.tables.cells import cell_head
from agendaparse.tables.owner_date_cells import MAX_DATE_CHARS, cell_date, start_in_deadline

MEETING = dt.date(2025, 1, 30)
HEADER = ["Ref", "Action", "Lead", "Deadline", "Status", "Update"]
FIELDS = {0: "action_no", 1: "action", 2: "named_lead", 3: "end_date", 4: "status"}
UPDATE_SENTENCES = (
    "Update March 2025: the working group met on 12 February and agreed the revised terms of reference; "
    "Head of Finance to report back to Cabinet by 30 June 2025. Cllr Smith asked that the Parish Council "
    "and Kent County Council be consulted. Status: in progress (Amber). Responsible officer: Director of Place. "
)
UPDATE = (UPDATE_SENTENCES * (20000 // len(UPDATE_SENTENCES) + 1))[:20000]
NOISE = {
    "spaced letters": "A " * 10000,
    "titles": "Cllr " * 4000,
    "hyphens": "a-" * 10000,
    "slashes": "1/" * 10000,
    "label": "Responsible officer " * 1000,
}


@pytest.mark.parametrize("cell", NOISE.values(), ids=NOISE.keys())
def test_noise_has_no_date_status_or_body(cell: str) -> None:
    found = deadline(cell, MEETING)
    assert (found.date, found.raw) == (None, cell)
    assert normalise_status(cell) == (None, None)
    assert done_status(cell) is None
    assert split_owner(cell) == (cell.strip(), None)


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("A " * 10000, "prose"), ("a-" * 10000, "short"), ("1/" * 10000, "number"), (UPDATE, "prose")],
)
def test_long_cell_kinds(cell: str, kind: str) -> None:
    assert cell_kind(cell) == kind


def test_repeated_date_reads_its_first_date_and_keeps_the_cell() -> None:
    cell = "31 March 2025 " * 1400
    found = deadline(cell, MEETING)
    assert (found.date, found.precision, found.raw) == (dt.date(2025, 3, 31), "day", cell)
    assert start_in_deadline(cell, MEETING).date is None


def test_update_paragraph_reads_as_before() -> None:
    assert deadline(UPDATE, MEETING).date == dt.date(2025, 6, 30)
    assert normalise_status(UPDATE) == ("ongoing", "Amber")
    read = plan_particulars(UPDATE, UPDATE, MEETING, status_text=UPDATE, lead_text=UPDATE)
    assert (read.end.date, read.start.date, read.start.raw) == (dt.date(2025, 6, 30), dt.date(2025, 6, 30), UPDATE)
    assert (read.status, read.rag) == ("ongoing", "Amber")


@pytest.mark.parametrize("cell", [*NOISE.values(), "31 March 2025 " * 1400], ids=[*NOISE.keys(), "dates"])
def test_one_long_header_cell_leaves_the_others_mapped(cell: str) -> None:
    assert header_fields([*HEADER[:-1], cell]) == FIELDS
    assert header_fields([cell, *HEADER[1:]]) == {**{k: v for k, v in FIELDS.items() if k}, 5: "progress"}
    rows = [["1", "Review the policy", "Clerk", "31/03/2025", "Complete", cell]]
    assert table_fields([*HEADER[:-1], cell], rows) == FIELDS


def test_long_update_heading_still_names_its_column() -> None:
    """A heading opening with a field's name ('Update March 2025: ...') maps however long it runs."""
    assert header_fields([*HEADER[:-1], UPDATE]) == {**FIELDS, 5: "progress"}


def test_cell_head_cuts_at_a_space() -> None:
    assert cell_head("31 March 2025", 100) == "31 March 2025"
    assert cell_head("31 March 2025", 8) == "31 March"
    assert cell_head("31 March 2025", 6) == "31"
    assert cell_head("x" * 50, 10) == "x" * 10  # one long word: cut where it must be


def test_cell_date_keeps_the_whole_cell_as_raw() -> None:
    cell = "From 1 April 2025; " + "then reviewed " * 200
    assert len(cell) > MAX_DATE_CHARS
    found = cell_date(cell, MEETING)
    assert (found.date, found.raw) == (dt.date(2025, 4, 1), cell.strip())
