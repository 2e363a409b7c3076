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

from .. import stream_tables
from ..models import Provenance, Table
from ..pdf import Line, PageLayout
from .word_tables import _phrases, _text_lines

# a sum of money ending a line: '£ 48.00', '£1,240.00', '£250'; the pound sign tells a sum from a count or a date
MONEY_END_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d{2})?\s*$")
MONEY_WORD_RE = re.compile(r"£?\d[\d,]*(?:\.\d{2})?")
# '463.20', '£1,587.20': a sum, never a name (read from a number's start: from each digit of a long run it rereads)
SUM_WITH_PENCE_RE = re.compile(r"(?<![\d,])[£$€]?\d{1,3}(?:,?\d{3})*+\.\d{2}")
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
    """The payments list of ``run`` read from the page's words: payee | purpose | sum, no header row; under a
    header line naming its columns and the sum last ('Date | Received from | Details | Amount'), in those columns
    (:func:`read_money_lists`)."""
    headed = _headed_list(words, run, number, document_id)
    if headed is not None:
        return headed
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


def _headed_list(words: list[dict], run: PaymentRun, number: int, document_id: str) -> Table | None:
    """The list of ``run`` read under the header line printed just above it, when that line names one list's
    columns in words and its sum last (:func:`money_list_groups`, up to :data:`MAX_TEXT_LIST_NAMES` names in
    words: a typed page prints a date and a purpose beside the name) and the list read holds every row of the
    run."""
    lines = _text_lines(words)
    above = [line for line in lines if (line[0]["top"] + line[0]["bottom"]) / 2 < run.top - 2]
    if not above:
        return None
    header = max(above, key=lambda line: line[0]["top"])
    size = statistics.median(word["bottom"] - word["top"] for word in header)
    if run.top - max(word["bottom"] for word in header) > MAX_HEADER_GAP * size:
        return None
    groups = money_list_groups([_text(phrase) for phrase in _phrases(header)], most=MAX_TEXT_LIST_NAMES)
    if groups is None or len(groups) != 1 or groups[0][1] is None:
        return None
    tables = read_money_lists(words, header[0]["top"], size, number, document_id, most=MAX_TEXT_LIST_NAMES)
    if len(tables) != 1 or tables[0].n_rows < run.rows:
        return None
    return tables[0]


# ---------------------------------------------------------------- lists of sums under a header (tables round 51)

# a money column's name: the currency sign alone (a speck read beside it: '£&'), or a word for a sum ('Value',
# 'Amount £'); a list's other columns are named in words ('Asset', 'Receipts')
CURRENCY_SIGNS = "£€$"
SUM_NAMES = ("value", "amount", "cost", "sum")
MONEY_HEADER_RE = re.compile(rf"[£€$][^\w\s]?|(?:{'|'.join(SUM_NAMES)})(?:\s?\(?[£€$]\)?)?", re.I)
# a column named as money anywhere in its name ('VAT', 'Total £s', 'Net cost'), as tables of payments name theirs
MONEY_NAME_RE = re.compile(
    rf"[{CURRENCY_SIGNS}]|\b(?:{'|'.join((*SUM_NAMES, 'vat', 'net', 'gross', 'total', 'paid', 'price', 'budget'))})\b",
    re.I,
)
MAX_LIST_NAMES = 2  # named columns of words before a list's money column ('Date acquired | Item | Value')
MAX_TEXT_LIST_NAMES = 3  # on a typed page, over a list of sums its lines found ('Date | Received from | Details')
MAX_LIST_NAME_WORDS = 3
TOTAL_RE = re.compile(r"total\b", re.I)
MAX_LIST_ROW_GAP = 2.5  # line heights between a list's rows; only its total row stands further down (set level
# with the total of a longer list beside it)
MAX_HEADER_GAP = 3.5  # line heights between the header and the first row: a header is often set off by a blank line
# (milburn's receipts and payments: 2.6 line heights once OCR's lines are as tall as their print)
MIN_NAMED_SHARE = 0.6  # of a list's rows with a name, as a list of named sums has
MONEY_LIST_METHOD = "rule:money-list"


def money_list_groups(cells: list[str], most: int = MAX_LIST_NAMES) -> list[tuple[int, int | None]] | None:
    """A header line of lists of sums set side by side ('Receipts | £ | Payments | £', 'Asset | Value'): for each
    list, the index of its first column name in ``cells`` and of its money column's name: one or two names in
    words, then the money column's. The last list may have lost its money column's name (a lone '£' the scan
    dropped as a speck): None for it. None when the line is not such a header."""
    groups: list[tuple[int, int | None]] = []
    first = 0
    for index, cell in enumerate(cells):
        if MONEY_HEADER_RE.fullmatch(cell.strip()):
            if not 1 <= index - first <= most:
                return None
            groups.append((first, index))
            first = index + 1
        elif not _list_column_name(cell):
            return None
    if not groups or len(cells) - first > 1:
        return None
    if len(cells) - first == 1:
        groups.append((first, None))  # the money column's name lost: the list beside it names its own
    return groups


def _list_column_name(cell: str) -> bool:
    words = cell.split()
    return (
        1 <= len(words) <= MAX_LIST_NAME_WORDS
        and not TOTAL_RE.match(cell)
        and not cell.rstrip().endswith((":", ","))
        and any(char.isalpha() for char in words[0][:2])
        and not any(char.isdigit() for char in cell)
    )


@dataclass
class _ListColumns:
    """One list's columns: where each named column starts, and where its money column starts (figures set
    flush right start left of the name over them)."""

    lefts: list[float]
    names: list[str]
    money_left: float
    money_name: str


def read_money_lists(
    words: list[dict], anchor_top: float, size: float, number: int, document_id: str, most: int = MAX_LIST_NAMES
) -> list[Table]:
    """The lists of sums under the header line at ``anchor_top`` (see :func:`money_list_groups`), each read from
    the words in its share of the page: a row is a line ending in a sum (a name's first line without one joins
    the set-in line that ends in it; a set-in line without one under a row goes on with its name), the list ends
    at a line that is neither, a wider gap, or its total row. Dates printed left of the named column with no
    name over them are a column of their own."""
    lines = _text_lines(words)
    header = next((line for line in lines if abs(line[0]["top"] - anchor_top) <= 2), None)
    if header is None:
        return []
    phrases = _phrases(header)
    groups = money_list_groups([" ".join(word["text"] for word in phrase) for phrase in phrases], most)
    if groups is None:
        return []
    starts = [float("-inf"), *(phrases[first][0]["x0"] - size for first, _ in groups[1:])]
    ends = [*starts[1:], float("inf")]
    below = [line for line in lines if line[0]["top"] > header[0]["top"] + 2]
    bottom = max(word["bottom"] for word in header)
    named_money = next(_money_name(_text(phrases[last])) for _, last in groups if last is not None)
    found = []
    for (first, last), start, end in zip(groups, starts, ends, strict=True):
        names = phrases[first:last] if last is not None else phrases[first : first + 1]
        shares = [words for line in below if (words := _share(line, start, end))]
        money_left = phrases[last][0]["x0"] - 2 * size if last is not None else _figures_left(shares, size)
        if money_left is None:
            continue
        columns = _ListColumns(
            [phrase[0]["x0"] for phrase in names],
            [_text(phrase).strip("_ ") for phrase in names],
            money_left,
            _money_name(_text(phrases[last])) if last is not None else named_money,
        )
        table = _money_list(shares, columns, bottom, size, number, document_id)
        if table is not None:
            found.append(table)
    return found


def _text(phrase: list[dict]) -> str:
    return " ".join(word["text"] for word in phrase)


def _figures_left(lines: list[list[dict]], size: float) -> float | None:
    """Where a list's sums start when its header does not say: left of the figures ending its lines."""
    figures = [phrase[0]["x0"] for line in lines if stream_tables.is_numeric(_text(phrase := _phrases(line)[-1]))]
    return min(figures) - size / 2 if len(figures) >= MIN_PAYMENT_ROWS else None


def _money_name(text: str) -> str:
    """A money column's name, a currency sign without the speck read beside it ('£&')."""
    return text[0] if text[0] in CURRENCY_SIGNS else text


def _money_list(
    lines: list[list[dict]], columns: _ListColumns, top: float, size: float, number: int, document_id: str
) -> Table | None:
    """One list read from its share of the lines under the header."""
    rows = _list_rows(lines, columns, top, size)
    if len(rows) < MIN_PAYMENT_ROWS or 2 * sum(_has_sum(money) for _, money in rows) < len(rows):
        return None
    leading = _leading_column(rows, columns.lefts[0], size)
    header = [*([""] if leading is not None else []), *columns.names, columns.money_name]
    grid = [
        [*_name_cells(name, columns.lefts, size, leading), " ".join(word["text"] for word in money)]
        for name, money in rows
    ]
    if sum(any(row[:-1]) for row in grid) < MIN_NAMED_SHARE * len(grid):
        return None
    grid = _currency_signs(grid)
    every = [word for name, money in rows for word in (*name, *money)]
    bbox = (
        round(min(word["x0"] for word in every), 1),
        round(top - size, 1),
        round(max(word["x1"] for word in every), 1),
        round(max(word["bottom"] for word in every), 1),
    )
    return Table(
        n_rows=len(grid),
        n_cols=len(grid[0]),
        header=header,
        rows=grid,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method=MONEY_LIST_METHOD),
    )


def _share(line: list[dict], start: float, end: float) -> list[dict]:
    """The words of a line in one list's share of the page, from ``start`` to ``end`` (by their phrases)."""
    return [word for phrase in _phrases(line) if start <= phrase[0]["x0"] < end for word in phrase]


def _split_sum(words: list[dict], columns: _ListColumns) -> tuple[list[dict], list[dict]]:
    """A line's words as (name, sum): the phrases starting in the money column are its sum."""
    name: list[dict] = []
    money: list[dict] = []
    for phrase in _phrases(words):
        (money if phrase[0]["x0"] >= columns.money_left else name).extend(phrase)
    return name, money


def _has_sum(money: list[dict]) -> bool:
    return any(char.isdigit() for word in money for char in word["text"])


def _list_rows(
    lines: list[list[dict]], columns: _ListColumns, top: float, size: float
) -> list[tuple[list[dict], list[dict]]]:
    rows: list[tuple[list[dict], list[dict]]] = []
    pending: list[dict] = []
    last_bottom = top
    for index, line in enumerate(lines):
        name, money = _split_sum(line, columns)
        total = bool(name) and TOTAL_RE.match(name[0]["text"]) is not None
        gap = (MAX_LIST_ROW_GAP if rows or pending else MAX_HEADER_GAP) * size
        if line[0]["top"] - last_bottom > gap and not (total and _has_sum(money) and rows):
            break
        # a sum the scan misread to letters ('ee Si' for '£ 51') still stands in the money column
        if _has_sum(money) or (money and name):
            rows.append(([*pending, *name], money))
            pending = []
            last_bottom = max(word["bottom"] for word in line)
            if total:
                break
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if money or pending:
            break
        if following is not None and _opens_on(name, following, columns, size):
            pending = name  # a name's first line: its sum is on the set-in line under it
        elif rows and rows[-1][0] and name[0]["x0"] > rows[-1][0][0]["x0"] + size / 2:
            rows[-1] = ([*rows[-1][0], *name], rows[-1][1])  # a set-in line under a row goes on with its name
        else:
            break
        last_bottom = max(word["bottom"] for word in line)
    return rows


def _opens_on(name: list[dict], following: list[dict], columns: _ListColumns, size: float) -> bool:
    """Whether a line without a sum is the first line of a name whose last line, set in under it and close
    below, ends in the sum."""
    below_name, below_money = _split_sum(following, columns)
    return (
        _has_sum(below_money)
        and bool(below_name)
        and below_name[0]["x0"] > name[0]["x0"] + size / 2
        and following[0]["top"] - max(word["bottom"] for word in name) <= size
    )


def _leading_column(rows: list[tuple[list[dict], list[dict]]], named_left: float, size: float) -> float | None:
    """Where the first named column's words start in the rows set under its name, when other rows start well
    left of it: a column with no name over it comes first ('1953', 'Sept 2015' before the asset), its words those
    ending before that edge. None when the names themselves start left of their heading (a heading centred
    over the column)."""
    firsts = [name[0]["x0"] for name, _ in rows if name]
    under = [x for x in firsts if abs(x - named_left) <= size]
    if len(under) < 2 or not any(x < named_left - 2 * size for x in firsts):
        return None
    return min(under)


def _name_cells(words: list[dict], lefts: list[float], size: float, leading: float | None) -> list[str]:
    """A row's words before its sum in the list's columns: each word in the last column starting left of it
    (within half a line height), the first column taking all further left; with a ``leading`` column of no
    name, the words ending left of where the named words start are its cell (italic names drift left)."""
    cells: list[list[str]] = [[] for _ in range(len(lefts) + (leading is not None))]
    boundaries = [*lefts[:1], *(left - size / 2 for left in lefts[1:])]
    named = False
    for word in words:
        if leading is not None and not named and word["x1"] < leading:
            cells[0].append(word["text"])
            continue
        named = True
        column = max((index for index, left in enumerate(boundaries) if word["x0"] >= left), default=0)
        cells[column + (leading is not None)].append(word["text"])
    return [" ".join(cell) for cell in cells]


def _currency_signs(grid: list[list[str]]) -> list[list[str]]:
    """A list's sums tidied: a speck read after the figure ('£ 1,450 ©') dropped; and in a list whose sums mostly
    read '£ 200' (the sign set apart in a column of its own), a misread sign mended (a first word of one or two
    characters and no digit before the figure: '& 30', 'ee 51') and a sign the scan ran into its figure set
    apart ('£12,000')."""
    sums = [_speck_dropped(row[-1]) for row in grid]
    if 2 * sum(cell.startswith("£ ") for cell in sums) >= len(sums):
        sums = [_sign_apart(cell) for cell in sums]
    return [[*row[:-1], cell] for row, cell in zip(grid, sums, strict=True)]


def _speck_dropped(cell: str) -> str:
    words = cell.split()
    if len(words) >= 2 and len(words[-1]) <= 2 and not any(char.isalnum() for char in words[-1]):
        return " ".join(words[:-1])
    return cell


def _sign_apart(cell: str) -> str:
    first, _, rest = cell.partition(" ")
    if rest and first != "£" and len(first) <= 2 and not any(char.isdigit() for char in first):
        return f"£ {rest}"
    if not rest and len(cell) > 1 and cell[0] == "£" and cell[1].isdigit():
        return f"£ {cell[1:]}"
    return cell
