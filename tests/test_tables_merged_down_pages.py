"""Cells merged down the rows of a plan that runs over pages (round 62's merged cells, carried through the joining of
a table's pages): a lead merged down over rows on the second page keeps to its rows when the page's table joins the
one above, and the marks follow the rows when a header printed again inside the table is dropped.

Before (code of round 62's merge): the two-page plan lost every merged lead on its second page (the marks of the
continuing page's table were not carried into the joined table), and a header repeated inside a table left the marks
under it one row off.
"""

from __future__ import annotations

from pathlib import Path

from agendaparse.models import Provenance, Table
from agendaparse.tables.cells import mark_merged_down, merged_down
from agendaparse.tables.continuation import _drop_header_repeats
from whole_tables import Grid, WholeTables, assert_read_whole, plan_row

LEADS = ["Head of Housing", "Homelessness Manager", "Private Sector Housing Manager", "Tenancy Relations Officer"]
WHEN = ["March 2027", "December 2026"]
ENDS = {"March 2027": "2027-03-31", "December 2026": "2026-12-31"}
# 36 actions, each lead merged down over a run of three rows; the runs go on past the first page's foot
ROWS = [
    (
        str(number),
        f"Deliver the agreed housing improvement step number {number} with partners and report progress to the "
        "Housing Board each quarter",
        LEADS[(number - 1) // 3 % len(LEADS)],
        WHEN[number % 2],
    )
    for number in range(1, 37)
]
PRINTED = [[no, action, lead if (index % 3 == 0) else "", when] for index, (no, action, lead, when) in enumerate(ROWS)]
SPANS = [((2, start), (2, start + 2)) for start in range(0, len(ROWS), 3)]
PLAN = WholeTables(
    "housing_plan_lead_merged_down_over_two_pages",
    "merged",
    [
        "# Wyre District Council – Housing Board, 9 September 2026",
        "Housing strategy delivery plan 2026/27.",
        Grid(["No.", "Action", "Lead officer", "Target date"], PRINTED, [30, 280, 130, 70], spans=SPANS,
             gold_rows=PRINTED),
    ],
    [plan_row(action, action_no=no, named_lead=lead, end_date=ENDS[when]) for no, action, lead, when in ROWS],
)  # fmt: skip


def test_merged_leads_kept_on_the_continuing_page(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    marks = PLAN.render(path)
    assert marks["2b"] > marks["2a"], marks  # the plan runs over a page break
    assert_read_whole(PLAN, tmp_path)


def _table(rows: list[list[str]]) -> Table:
    return Table(
        page_start=1,
        page_end=1,
        n_rows=len(rows),
        n_cols=3,
        header=["No.", "Action", "Lead"],
        rows=rows,
        provenance=Provenance(document="d", page=1, method="rule:test"),
    )


def test_marks_follow_their_rows_when_a_repeated_header_goes() -> None:
    table = _table(
        [
            ["1", "Publish the strategy", "Head of Housing"],
            ["No.", "Action", "Lead"],  # the header printed again over a row split by a page break
            ["2", "Consult tenants", "Homelessness Manager"],
            ["3", "Review allocations", ""],
        ]
    )
    mark_merged_down(table, {(3, 2)})
    _drop_header_repeats(table)
    assert [row[0] for row in table.rows] == ["1", "2", "3"]
    assert merged_down(table) == {(2, 2)}
