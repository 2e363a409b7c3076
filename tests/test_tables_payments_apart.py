"""A payments list (tables.payments, round 37) is a list of sums paid: never an action log, never the rest of a
table above it, nor continued by one below. Stop 26: the CI ratchet found the reader's lists adding action-plan rows
on a held-out document (13 rows and 13 actions, from the split's totals only; no document was looked at). Which way
they became a log there is not known, so both ways are closed here, by construction."""

from __future__ import annotations

from agendaparse.pdf import PageLayout
from agendaparse.tables.continuation import merge_continuations
from agendaparse.tables.payments import PAYMENTS_METHOD, is_payments_list
from conftest import make_table

LOG_HEADER = ["Action", "Owner", "Deadline"]
LOG_ROWS = [[f"Clerk to chase the contractor about item {n}", "Clerk", "31 March 2025"] for n in range(1, 6)]
# a payee that is a post, a purpose worded as a step and a sum: read without its reader's mark, it looks like a log
PAYMENT_ROWS = [
    ["Clerk", "To reimburse postage and stationery", "£ 18.40"],
    ["Clerk", "Salary for March 2025", "£ 318.75"],
    ["HMRC", "PAYE month 12", "£ 79.60"],
]


def _page(number: int) -> PageLayout:
    return PageLayout(number=number, width=595.0, height=842.0, rotation=0, lines=[])


def _payments(page: int, bbox: tuple[float, float, float, float]):
    table = make_table([], PAYMENT_ROWS, page=page, bbox=bbox)
    table.provenance.method = PAYMENTS_METHOD
    return table


def test_payments_list_at_the_top_of_the_next_page_does_not_continue_a_log():
    log = make_table(LOG_HEADER, LOG_ROWS, page=1, bbox=(50.0, 500.0, 500.0, 800.0))  # runs to the page foot
    merged = merge_continuations([log, _payments(2, (50.0, 40.0, 500.0, 120.0))], [_page(1), _page(2)])
    assert len(merged) == 2
    assert merged[0].rows == LOG_ROWS
    assert [table.kind for table in merged] == ["action_plan", "table"]


def test_log_at_the_top_of_the_next_page_does_not_continue_a_payments_list():
    payments = _payments(1, (50.0, 600.0, 500.0, 800.0))
    log = make_table([], LOG_ROWS, page=2, bbox=(50.0, 40.0, 500.0, 200.0))  # no repeated header
    merged = merge_continuations([payments, log], [_page(1), _page(2)])
    assert len(merged) == 2
    assert merged[0].rows == PAYMENT_ROWS


def test_payments_list_is_never_an_action_log():
    merged = merge_continuations([_payments(1, (50.0, 300.0, 500.0, 400.0))], [_page(1)])
    assert is_payments_list(merged[0])
    assert merged[0].kind == "table"
