"""The action finder reads an action-plan table as rows, not again as prose."""

from __future__ import annotations

from agendaparse.extract import extract_document, prose_pages
from agendaparse.models import Provenance, Table
from agendaparse.pdf import Line, PageLayout
from conftest import REAL, needs_shared


def table(kind: str, bbox: tuple[float, float, float, float], page: int = 1) -> Table:
    return Table(
        n_rows=1,
        n_cols=2,
        header=["Action", "Owner"],
        rows=[["Write to the council", "Clerk"]],
        page_start=page,
        page_end=page,
        bbox=bbox,
        kind=kind,
        provenance=Provenance(document="x", page=page, method="test"),
    )


def test_lines_inside_an_action_plan_table_are_not_prose() -> None:
    lines = [
        Line("The Clerk will write to the council.", 72, 100, 400, 110),
        Line("Write to the council Clerk", 72, 300, 400, 310),
    ]
    page = PageLayout(number=1, width=595, height=842, rotation=0, lines=lines)
    [kept] = prose_pages([page], [table("action_plan", (60, 280, 500, 330))])
    assert [line.text for line in kept.lines] == ["The Clerk will write to the council."]
    assert len(page.lines) == 2  # the page itself is unchanged
    [same] = prose_pages(
        [page], [table("table", (60, 280, 500, 330)), table("action_plan", (60, 280, 500, 330), page=2)]
    )
    assert same is page


@needs_shared()
def test_souldern_action_summary_is_read_once() -> None:
    extraction = extract_document(REAL / "souldern-pc/2025-11-27_spc_minutes.pdf", ocr="never")
    assert extraction.action_plan_rows
    assert not [action for action in extraction.actions if action.text.startswith("No Action Owner")]
