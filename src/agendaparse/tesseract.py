"""Tesseract as agendaparse calls it: one OpenMP thread per call unless the user has chosen otherwise.

Tesseract's OpenMP threads spin while they wait; on a machine whose cores are already busy (a batch of
worker processes, a test run beside other jobs) they slow a page several times over. Documents, not the
threads of one Tesseract call, are agendaparse's unit of parallel work (``agendaparse import --workers``).
Measured on this project's 2-core machine under load: a scanned minutes page 11-14 s with Tesseract's
default threads, 2.2-3.5 s with one; a scanned form's cell-by-cell reading 46-50 s and 26-28 s
(benchmarks/bulk.py's OCR line measures import speed)."""

from __future__ import annotations

import os
from types import ModuleType

THREAD_LIMIT_VARIABLE = "OMP_THREAD_LIMIT"


def pytesseract_module() -> ModuleType:
    """pytesseract, with ``OMP_THREAD_LIMIT=1`` set for the Tesseract processes it starts unless the
    environment already sets a limit. Raises ImportError when the OCR extra is not installed."""
    os.environ.setdefault(THREAD_LIMIT_VARIABLE, "1")
    import pytesseract

    return pytesseract
