"""Word lists shipped in ``agendaparse/data`` and read by more than one stage."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ORGANISATIONS_FILE = Path(__file__).resolve().parent / "data" / "organisations.txt"
GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "given_names.txt"


@lru_cache(maxsize=1)
def organisation_groups() -> tuple[tuple[str, ...], ...]:
    """Each body in data/organisations.txt as its names, full name first, then its aliases and acronyms
    (one line of the file: 'Department for Work and Pensions | DWP')."""
    return tuple(
        tuple(name.strip() for name in line.split(" | "))
        for line in ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.txt), which name people printed without a title."""
    return frozenset(
        name
        for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for name in line.split()
    )
