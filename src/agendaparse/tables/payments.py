"""Payments lists printed without a grid or a header inside parish minutes (tables round 37).

A finance minute lists the invoices to pay one to a line, set with tabs: payee, what it is for, and the
sum of money at the line's end ('K & A Thompson & Sons   Larch for Seat   £ 48.00'). A line under a row,
set in from the left edge and with no sum of its own ('(cheque payable to J Smith)'), goes on with that
row's purpose; a row set in from the left edge has no payee printed (a second invoice of the payee above).

:func:`payment_runs` finds such lists cheaply from a page's lines (three or more lines ending in a sum of
money, nothing but set-in lines between them); :func:`read_payment_list` reads one from the page's words
(pdfplumber's, or Tesseract's on a scanned page): the sum is the row's last column, and the words before it
split at their widest gap, when it is clearly wider than a word space, into payee and purpose. Most rows
name a payee: lines set in under a few group labels are notes (an annual return's variance notes), not a list.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from .word_tables import _text_lines

# a sum of money ending a line: '£ 48.00', '£1,240.00', '£250'; the pound sign tells a sum from a count or a date
MONEY_END_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d{2})?\s*$")
MONEY_WORD_RE = re.compile(r"£?\d[\d,]*(?:\.\d{2})?")
MIN_PAYMENT_ROWS = 3
MAX_SET_IN_LINES = 2  # set-in lines without a sum in a row: a row's wrapped purpose
SET_IN = 12.0  # pt: a line this far right of the list's left edge is set in (no payee, or a wrapped purpose)
COLUMN_GAP_RATIO = 1.8  # the payee | purpose gap is this many word spaces wide or more
SPLIT_SHARE = 0.6  # of a list's rows that split into payee and purpose: a list of three columns
PAYMENTS_METHOD = "rule:payments-list"


@dataclass
class PaymentRun:
    """Lines of one payments list on a page (display coordinates)."""

    top: float
    bottom: float
    left: float
    rows: int


def is_payments_list(table: Table) -> bool:
    """A table this module read: a list of sums paid, never an action log, nor part of another table."""
    return table.provenance.method == PAYMENTS_METHOD


def _ends_in_money(line: Line) -> bool:
    text = line.text.rstrip()
    match = MONEY_END_RE.search(text[-40:])
    return match is not None and len(text[: len(text) - len(match[0])].split()) >= 2


def payment_runs(page: PageLayout) -> list[PaymentRun]:
    """Runs of lines ending in a sum of money, with only set-in lines (a wrapped purpose) between them."""
    runs: list[PaymentRun] = []
    rows: list[Line] = []
    left = 0.0  # the list's left edge so far
    set_in = 0

    def close() -> None:
        if len(rows) >= MIN_PAYMENT_ROWS:
            runs.append(PaymentRun(rows[0].top, rows[-1].bottom, left, len(rows)))

    for line in page.body_lines():
        if _ends_in_money(line):
            left = min(left, line.x0) if rows else line.x0
            rows.append(line)
            set_in = 0
        elif rows and set_in < MAX_SET_IN_LINES and line.x0 > left + SET_IN:
            set_in += 1
        else:
            close()
            rows, set_in = [], 0
    close()
    return runs


def _money_start(line: list[dict]) -> int | None:
    """Where the sum ending a line of words starts ('£', '48.00' or '£48.00'), None if it does not end in one."""
    last = line[-1]["text"]
    if not MONEY_WORD_RE.fullmatch(last):
        return None
    if last.startswith("£"):
        return len(line) - 1
    return len(line) - 2 if len(line) >= 2 and line[-2]["text"] == "£" else None


def _payee_and_purpose(words: list[dict], left: float) -> tuple[str, str] | None:
    """A row's words before its sum as (payee, purpose): split at the widest gap when it is clearly wider
    than the row's word spaces; a row set in from the list's edge has no payee. None: no clear split."""
    text = " ".join(word["text"] for word in words)
    if words[0]["x0"] > left + SET_IN:
        return "", text
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:], strict=False)]
    if len(gaps) < 2:
        return None
    widest = max(range(len(gaps)), key=gaps.__getitem__)
    others = [gap for index, gap in enumerate(gaps) if index != widest]
    if gaps[widest] < COLUMN_GAP_RATIO * max(statistics.median(others), 1.0):
        return None
    return " ".join(w["text"] for w in words[: widest + 1]), " ".join(w["text"] for w in words[widest + 1 :])


def read_payment_list(words: list[dict], run: PaymentRun, number: int, document_id: str) -> Table | None:
    """The payments list of ``run`` read from the page's words: payee | purpose | sum, no header row."""
    band = [word for word in words if run.top - 2 <= (word["top"] + word["bottom"]) / 2 <= run.bottom + 2]
    rows: list[list[str]] = []
    split = 0
    for line in _text_lines(band):
        start = _money_start(line)
        if start is None or start < 1:
            if not rows or line[0]["x0"] <= run.left + SET_IN:
                return None  # a line of the band that is neither a row nor a set-in purpose: not a list
            rows[-1][1] = f"{rows[-1][1]} {' '.join(word['text'] for word in line)}".strip()
            continue
        cells = _payee_and_purpose(line[:start], run.left)
        split += cells is not None
        payee, purpose = cells or (" ".join(word["text"] for word in line[:start]), "")
        rows.append([payee, purpose, " ".join(word["text"] for word in line[start:])])
    if len(rows) < MIN_PAYMENT_ROWS or split < SPLIT_SHARE * len(rows):
        return None
    if 2 * sum(bool(row[0]) for row in rows) < len(rows):
        return None  # most lines set in under a few labels ('Increase', 'Decrease'): grouped notes, not payees
    x1 = max(word["x1"] for word in band)
    bbox = (round(run.left, 1), round(run.top, 1), round(x1, 1), round(run.bottom, 1))
    return Table(
        n_rows=len(rows),
        n_cols=3,
        header=[],
        rows=rows,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method=PAYMENTS_METHOD),
    )
