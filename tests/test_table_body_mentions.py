"""Organisations a table names by its place: a column headed for bodies, a plan row's lead organisation."""

from agendaparse.models import ActionPlanRow, Provenance, Table
from agendaparse.nlp import table_body_mentions

DOC = "d" * 64


def _table(header: list[str], rows: list[list[str]]) -> Table:
    provenance = Provenance(document=DOC, page=3, method="rule:ruled-table")
    return Table(
        n_rows=len(rows), n_cols=len(header), header=header, rows=rows, page_start=3, page_end=4,
        bbox=(30.0, 100.0, 560.0, 700.0), provenance=provenance,
    )


def _row(lead_org: str | None, supporting: str | None = None) -> ActionPlanRow:
    provenance = Provenance(document=DOC, page=5, bbox=(30.0, 200.0, 560.0, 230.0), method="rule:action-plan")
    return ActionPlanRow(table=0, row=0, action="Run the clinics", lead_org=lead_org, supporting_orgs=supporting,
                         provenance=provenance)


def test_cells_of_a_partners_column_are_organisations_with_the_table_as_provenance():
    table = _table(
        ["Priority", "Partners", "Timescale"],
        [["Healthy weight", "Wealdshire Council, NHS Kernford ICB", "2025"], ["Smoking", "Kernford Police", "2026"]],
    )
    mentions = table_body_mentions([table], [], DOC)
    assert [m.name for m in mentions] == ["Wealdshire Council", "NHS Kernford ICB", "Kernford Police"]
    assert {(m.kind, m.provenance.page, m.provenance.page_end, m.provenance.method) for m in mentions} == {
        ("organisation", 3, 4, "rule:table-body-column")
    }


def test_a_column_not_headed_for_bodies_gives_nothing():
    table = _table(["Priority", "Led by", "Timescale"], [["Healthy weight", "Director of Public Health", "2025"]])
    assert table_body_mentions([table], [], DOC) == []


def test_a_plan_rows_lead_and_supporting_organisations_without_a_leading_the():
    mentions = table_body_mentions([], [_row("The Education People", "Active Wealdshire; Kernford Police")], DOC)
    assert [m.name for m in mentions] == ["Education People", "Active Wealdshire", "Kernford Police"]
    assert {m.provenance.method for m in mentions} == {"rule:plan-row-organisation"}
    assert {m.provenance.page for m in mentions} == {5}


def test_the_meetings_own_committee_and_people_are_not_organisations():
    rows = [_row("Transparency Board"), _row("Jane Dale"), _row("Companies House")]
    mentions = table_body_mentions([], rows, DOC, committee="Transparency Board")
    assert [m.name for m in mentions] == ["Companies House"]
