"""Whole sets of minutes drawn to a multi-page PDF and read end to end through ``extract_document``, scored by the
evaluator's own functions as `agendaparse eval --fast` scores a gold file (round 37)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from segment_cases import Row, render

# (text, owners, ISO due or None, kind, tier)
GoldAction = tuple[str, list[str], str | None, str, str]
SCORED = ("actions", "people", "organisations")


@dataclass
class WholeMinutes:
    """One set of minutes: its printed rows (see segment_cases.render), furniture, and gold as the README says."""

    name: str
    body_class: str
    rows: list[Row]
    actions: list[GoldAction]
    people: list[str]
    organisations: list[str]
    head: str | None = None
    foot: str | None = None
    from_page: int = 2
    notes: list[str] = field(default_factory=list)

    def gold(self) -> dict:
        return {
            "actions": [
                {"text": text, "owners": owners, "due": due, "kind": kind, "tier": tier}
                for text, owners, due, kind, tier in self.actions
            ],
            "people": self.people,
            "organisations": self.organisations,
        }


def extracted(document: WholeMinutes, tmp_path: Path) -> tuple[dict, int]:
    """The extraction's JSON dict for the drawn document, and its number of pages."""
    path = tmp_path / f"{document.name}.pdf"
    pages = render(path, document.rows, head=document.head, foot=document.foot, from_page=document.from_page)
    return predicted_dict(path, fast=True), len(pages)


def scored(document: WholeMinutes, tmp_path: Path) -> dict[str, dict[str, float | None]]:
    """Figures per scored section (actions core/all P/R, owner, due; people and organisations P/R)."""
    predicted, _ = extracted(document, tmp_path)
    counts = score_document(document.gold(), predicted)
    return {section: figures for section, figures in all_figures(counts).items() if section in SCORED}


def shortfalls(figures: dict[str, dict[str, float | None]]) -> list[str]:
    """Every figure below 1.0 (a whole document read perfectly has none)."""
    return [
        f"{section}.{name}={value:.2f}"
        for section, section_figures in figures.items()
        for name, value in section_figures.items()
        if value is not None and value < 1.0 and not name.endswith("f1")
    ]


def document_params(documents: list[WholeMinutes], short: dict[str, str]) -> list:
    """One pytest param per document, strictly expected to fail where ``short`` gives the reason it falls short."""
    return [
        pytest.param(
            d, id=d.name, marks=[pytest.mark.xfail(strict=True, reason=short[d.name])] if d.name in short else []
        )
        for d in documents
    ]


def action_figures(document: WholeMinutes, tmp_path: Path, wanted: tuple[str, ...]) -> dict[str, float]:
    """The ``wanted`` action figures the document scores, leaving out those it gives no ground for (None)."""
    actions = scored(document, tmp_path)["actions"]
    return {name: actions[name] for name in wanted if actions[name] is not None}
