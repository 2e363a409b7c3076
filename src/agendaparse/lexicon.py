"""Word lists shipped in ``agendaparse/data`` and read by more than one stage."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ORGANISATIONS_FILE = Path(__file__).resolve().parent / "data" / "organisations.txt"


@lru_cache(maxsize=1)
def organisation_groups() -> tuple[tuple[str, ...], ...]:
    """Each body in data/organisations.txt as its names, full name first, then its aliases and acronyms
    (one line of the file: 'Department for Work and Pensions | DWP')."""
    return tuple(
        tuple(name.strip() for name in line.split(" | "))
        for line in ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
