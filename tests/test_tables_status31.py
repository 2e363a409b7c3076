"""Stop 31: action-plan status, now that `agendaparse eval` scores it.

- a key printed beside a RAG-rated table gives each colour's status ('RAG: Green – complete; Amber – in progress;
  Red – overdue or at risk'); a line naming one colour is no key, and two keys that disagree decide nothing;
- an update paragraph gives the status it names ('retender under way', 'Two findings outstanding'), as the dev gold
  reads updates, except a completion inside it, which is often one step's news ('Consultation closed; report to
  Cabinet in January'), unless a sentence opens with it ('… payment made. Action closed');
- 'Ongoing' in a timescale cell says when (no end date), not how far the work has gone (the dev gold of the Kent ICS
  priorities appendix leaves those rows' status null).
The whole-document cases are tables rounds 30 (colour), 39 (filled_status_log, portfolio_and_officer,
scrutiny_tracker, period_named_columns) and 40 (peer_bullets_with_timescales, climate_term_timescales,
inspection_sub_actions).
"""

from __future__ import annotations

import pytest

from agendaparse.tables.status import normalise_status, rag_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Item 4: Action tracker. RAG: Green – complete; Amber – in progress; Red – overdue or at risk.",
         {"Green": "complete", "Amber": "ongoing", "Red": "overdue"}),
        ("Key: Green = action completed, Amber = on track, Red = not started",
         {"Green": "complete", "Amber": "ongoing", "Red": "not started"}),
        ("Green – Action completed  Amber – Action in progress  Red – Action overdue",
         {"Green": "complete", "Amber": "ongoing", "Red": "overdue"}),
        ("Green – complete", {}),  # one colour: as likely a cell's words as a key
        ("The rating moved from Red to Amber: Green - the board was pleased.", {}),  # no status meant
        ("Green – complete; Amber – in progress\nGreen – on track; Red – overdue",
         {"Amber": "ongoing", "Red": "overdue"}),  # Green defined two ways: left out
    ],
)  # fmt: skip
def test_a_key_gives_each_colour_its_status(text: str, expected: dict[str, str]) -> None:
    assert rag_statuses(text) == expected


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ("Complete – published on the website in May", "complete"),
        ("Ongoing: workshops booked for August", "ongoing"),
        ("Consultation closed; report to Cabinet in January.", None),
        ("Phase 1 completed; phase 2 to follow", None),
        ("Amended agreement has been signed and payment made. Action closed", "complete"),
        ("Supplier withdrew; retender under way", "ongoing"),
        ("Two findings outstanding", "ongoing"),
    ],
)
def test_an_update_gives_its_status_but_not_a_step_completed(update: str, expected: str | None) -> None:
    assert normalise_status(update, opening_only=True)[0] == expected
    assert normalise_status("Consultation closed; report to Cabinet in January.")[0] == "complete"  # a status cell
