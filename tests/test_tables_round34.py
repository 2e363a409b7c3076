# ruff: noqa: E501  (gold rows are kept one row to a line)
"""Action logs and plans as Word and Excel print them, scored end to end (tables round 34, issue #5).

Every earlier table round drew its documents with reportlab. These seven were written as .docx and .xlsx
(python-docx, openpyxl) and printed to PDF by LibreOffice (scripts/make_office_fixtures.py; the PDFs are in
tests/fixtures/office/ and this suite never runs LibreOffice). Each is read through ``extract_document`` (fast)
and scored with the evaluator's ``score_document`` for ``tables`` and ``action_plan_rows`` against gold written
by corpus/gold/README.md:
'board-log' (a Word board action log over three pages, 'Repeat header row' set, two rows broken across a page
end), 'who-when' (a Word log 'No. | Item | Who | When' with no column called Action, When cells 'ASAP', 'Next
meeting', 'w/c 12 May', 'End of Q2', 'Ongoing'), 'improvement' (a landscape Word school improvement plan whose
priority cell is merged down over each block), 'minutes' (Word minutes ending in an 'Issue | Lead | By' action
table), 'tracker' (a landscape Excel tracker, printed gridlines and no borders, RAG shown by fill only, wrapped
text, title and header rows printed on every page), 'risk' (an Excel risk register: 'Mitigating actions | Owner |
Target date'), 'kpi' (an Excel KPI sheet with a status column: a table, but no plan).

Choices where the README is silent (the code is asked to do the same):
- 'Next meeting' in a plan row's date cell is the date of the next meeting the document prints ('Date of next
  meeting: Tuesday 10 June 2025'), as a scrutiny officer would enter it; 'ASAP' and 'Ongoing' are no date;
- 'w/c 12 May' (week commencing) is the date printed, its year from the meeting;
- a bare 'End of Q2' is the second quarter of the financial year the meeting falls in (30 September 2025), as
  the code already reads a bare quarter in a plan's date cell (tables/owner_date_cells.py, BARE_QUARTER_RE);
- 'Autumn term 2025' is no date (a season, as 'Late Spring 2011' in the README's plan rows);
- a RAG column shown by fill only is an empty cell in the gold table and the plan row's rag from the fill;
- a risk register's plan rows are its mitigating actions (action_no the risk reference), as round 33 has it;
- a merged priority cell is printed once, at the top of its block: the gold table gives it in that row only,
  and every plan row of the block carries it as theme (round 30's landscape plan).

Each document keeps the structure and phrasing pattern of real published pages; names, places, numbers changed.
Sources: the seven pages listed in scripts/make_office_fixtures.py's docstring:
- https://kevstemplates.com/projects/action_tracker
- https://mytrendingstories.com/en/article/how-to-write-action-minutes/
- https://www.wildground.hants.sch.uk/accessibility.asp?item=page_194&level=off
- https://thetransformationleadershub.com/topic/minutes/
- https://www.techno-pm.com/2017/06/action-item-tracker-excel-template.html
- https://hirett.co.uk/risk-mitigating-action-plan-template-referencing-other-policies-result-and-outcome-template-for-fca-applications-and-authorised-firms-2
  and https://ifs9demo.atifs.com/ifsdoc/documentation/en/RiskManagement/ActivityAssignMitigatingActions.htm
- https://www.intrafocus.com/2013/07/red-amber-green/
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from whole_tables import SCORED, plan_row, shortfalls

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "office"
STATUS = {"Complete": "complete", "In progress": "ongoing", "Not started": "not started", "Overdue": "overdue"}


def _load_script() -> ModuleType:
    """The fixture script's data (the rows each document prints) without running LibreOffice."""
    spec = importlib.util.spec_from_file_location("make_office_fixtures", ROOT / "scripts" / "make_office_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OFFICE = _load_script()


def _iso(text: str) -> str:
    return dt.datetime.strptime(text, "%d/%m/%Y").date().isoformat()


def _month_end(text: str) -> str:
    first = dt.datetime.strptime(text, "%B %Y").date()
    return first.replace(day=calendar.monthrange(first.year, first.month)[1]).isoformat()


def _table(header: list[str], rows: list[list[str]], pages: tuple[int, int], title: str | None = None) -> dict:
    return {"title": title, "page_start": pages[0], "page_end": pages[1], "header": header, "rows": rows}


@dataclass
class OfficeDocument:
    """One printed fixture and its gold."""

    name: str
    kind: str
    gold: Callable[[], dict[str, Any]]

    @property
    def pdf(self) -> Path:
        return FIXTURES / f"{self.name}.pdf"


def _board_log() -> dict:
    rows = [list(row) for row in OFFICE.BOARD_LOG_ROWS]
    plan = [plan_row(action, action_no=ref, named_lead=owner, end_date=_iso(due), status=STATUS[status])
            for ref, _, action, owner, due, status in rows]  # fmt: skip
    return {"tables": [_table(OFFICE.BOARD_LOG_HEADER, rows, (1, 3))], "action_plan_rows": plan}


WHO_WHEN_DUE = {"ASAP": None, "Next meeting": "2025-06-10", "w/c 12 May": "2025-05-12", "End of Q2": "2025-09-30",
                "30 May 2025": "2025-05-30", "Ongoing": None}  # fmt: skip


def _who_when() -> dict:
    rows = [list(row) for row in OFFICE.WHO_WHEN_ROWS]
    plan = [plan_row(item, action_no=number, named_lead=who, end_date=WHO_WHEN_DUE[when]) for number, item, who, when in rows]
    return {"tables": [_table(OFFICE.WHO_WHEN_HEADER, rows, (1, 1))], "action_plan_rows": plan}


def _improvement() -> dict:
    rows, plan = [], []
    for theme, actions in OFFICE.IMPROVEMENT_BLOCKS.items():
        for index, (ref, action, who, when, success) in enumerate(actions):
            rows.append(["" if index else theme, ref, action, who, when, success])
            end = None if "term" in when else _month_end(when)
            plan.append(plan_row(action, theme=theme, action_no=ref, outcome=success, named_lead=who, end_date=end))
    return {"tables": [_table(OFFICE.IMPROVEMENT_HEADER, rows, (1, 1))], "action_plan_rows": plan}


def _minutes() -> dict:
    rows = [list(row) for row in OFFICE.MINUTES_ACTION_ROWS]
    plan = [plan_row(issue, named_lead=lead, end_date=dt.datetime.strptime(by, "%d %B %Y").date().isoformat())
            for issue, lead, by in rows]  # fmt: skip
    return {"tables": [_table(OFFICE.MINUTES_ACTION_HEADER, rows, (1, 1))], "action_plan_rows": plan}


def _tracker() -> dict:
    rows = [[*row[:6], "", row[7]] for row in OFFICE.TRACKER_ROWS]
    plan = [plan_row(action, action_no=ref, named_lead=owner, end_date=_iso(due), rag=rag)
            for ref, _, action, owner, _, due, rag, _ in OFFICE.TRACKER_ROWS]  # fmt: skip
    return {"tables": [_table(OFFICE.TRACKER_HEADER, rows, (1, 2))], "action_plan_rows": plan}


def _risk() -> dict:
    rows = [list(row) for row in OFFICE.RISK_ROWS]
    plan = [plan_row(mitigation, action_no=ref, named_lead=owner, end_date=_iso(target))
            for ref, _, _, _, _, mitigation, owner, target in rows]  # fmt: skip
    return {"tables": [_table(OFFICE.RISK_HEADER, rows, (1, 1))], "action_plan_rows": plan}


def _kpi() -> dict:
    rows = [list(row) for row in OFFICE.KPI_ROWS]
    return {"tables": [_table(OFFICE.KPI_HEADER, rows, (1, 1))], "action_plan_rows": []}


DOCUMENTS = [
    OfficeDocument("board-log", "word-log", _board_log),
    OfficeDocument("who-when", "word-log", _who_when),
    OfficeDocument("improvement", "word-plan", _improvement),
    OfficeDocument("minutes", "word-minutes", _minutes),
    OfficeDocument("tracker", "excel-tracker", _tracker),
    OfficeDocument("risk", "excel-risk", _risk),
    OfficeDocument("kpi", "excel-kpi", _kpi),
]

NOT_PERFECT: dict[str, str] = {}  # who-when's "Next meeting" is the printed next-meeting date since extract.py passes it


def scored(document: OfficeDocument) -> tuple[dict[str, dict[str, float | None]], dict, dict]:
    gold = document.gold()
    predicted = predicted_dict(document.pdf, fast=True)
    counts = score_document(gold, predicted)
    figures = {section: values for section, values in all_figures(counts).items() if section in SCORED}
    return figures, gold, predicted


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            d,
            id=d.name,
            marks=[pytest.mark.xfail(strict=True, reason=NOT_PERFECT[d.name])] if d.name in NOT_PERFECT else [],
        )
        for d in DOCUMENTS
    ],
)
def test_office_documents_read_perfectly(document: OfficeDocument) -> None:
    figures, _, _ = scored(document)
    assert shortfalls(figures) == []


def test_fixtures_are_small_and_drawn_as_described() -> None:
    """Commit-sized PDFs; the board log runs over three pages with its header row repeated by Word."""
    import pdfplumber

    for document in DOCUMENTS:
        assert document.pdf.stat().st_size < 100_000, document.name
    with pdfplumber.open(FIXTURES / "board-log.pdf") as pdf:
        tops = [page.extract_text().splitlines()[0] for page in pdf.pages]
    assert len(tops) == 3 and all(top.startswith("Ref Date raised Action") for top in tops[1:])
