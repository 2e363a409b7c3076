"""Typed performance (KPI) tables and RAG colour keys.

:func:`type_cell` reads one cell as printed ("85.2%", "(£3,000)", "£1.5bn", "1,234", "↑", "Amber",
"31 March 2025") into a :class:`CellType`. :func:`typed_cells` runs it over a table: a column is
typed when most of its non-empty cells share a kind (the numeric kinds count as one family,
because a KPI table's "Latest" column mixes percentages, counts and amounts row by row), and every
non-empty cell of a typed column becomes a :class:`~agendaparse.models.TableCell`, so Datasette
can sort, filter and facet the figures.

:func:`colour_key` reads a key printed on the page ("GREEN  Target achieved", a pink square
beside "Off track") into a map from fill colour to Red / Amber / Green, for councils whose RAG
shades are too pale or too unusual for a fixed hue rule.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from . import dates, tables
from .dates import parse_date
from .models import DateValue, Provenance, Rag, Table, TableCell

NUMERIC_KINDS = frozenset({"percent", "currency", "number", "ratio"})
# Columns of these kinds are stored; "text", "missing" and "empty" cells only within them.
TYPED_FAMILIES = frozenset({"numeric", "rag", "direction", "date"})
MIN_SHARE = 0.6  # of a column's non-empty, non-placeholder cells that must share a family
MAX_HEADER_ROWS = 4  # body rows that may continue a table's header

ARROWS = {
    **dict.fromkeys("↑⬆▲▴⇧↟⇑🡅🠕", "up"),  # not △ / ▽: Japanese accounts print △ for minus
    **dict.fromkeys("↓⬇▼▾⇩↡⇓🡇🠗", "down"),
    **dict.fromkeys("↔⟷⇔→⇒►▶▸←◄◀⬌", "level"),
    **dict.fromkeys("↗⬈", "up"),
    **dict.fromkeys("↘⬊", "down"),
}
DIRECTION_WORDS = {
    "up": "up", "increase": "up", "increased": "up", "increasing": "up", "rising": "up", "higher": "up",
    "down": "down", "decrease": "down", "decreased": "down", "decreasing": "down", "falling": "down",
    "lower": "down",
    "same": "level", "stable": "level", "no change": "level", "unchanged": "level", "static": "level",
    "level": "level", "steady": "level",
    "improving": "improving", "improved": "improving", "better": "improving",
    "worsening": "worsening", "worse": "worsening", "deteriorating": "worsening", "deteriorated": "worsening",
    "declining": "worsening",
}  # fmt: skip
RAG_CELL = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green"}
PLACEHOLDERS = frozenset(
    {"-", "--", "—", "–", "n/a", "na", "n.a.", "nil", "tbc", "tbd", "*", "..", "...", "x", "nk", "not known", "ns"}
)
CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR"}
MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
    "bn": 1e9, "b": 1e9, "billion": 1e9,
}  # fmt: skip
# A bare "5m" may be metres and "3k" a race: without a currency only spelled-out scales count.
BARE_MULTIPLIERS = frozenset({"mn", "million", "millions", "bn", "billion", "thousand"})
UNITS = {
    "day": "days", "days": "days", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours", "min": "minutes", "mins": "minutes",
    "minute": "minutes", "minutes": "minutes", "sec": "seconds", "secs": "seconds", "seconds": "seconds",
    "km": "km", "miles": "miles", "tonnes": "tonnes", "t": "tonnes", "kg": "kg", "mw": "MW", "mwh": "MWh",
    "kwh": "kWh", "pts": "points", "points": "points",
}  # fmt: skip

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
NUMBER_CELL_RE = re.compile(
    rf"""(?!(?<=\s)\s)(?P<sign>[-+])?\s*+
    (?P<cur>£|\$|€|GBP|USD|EUR)?\s?
    (?P<sign2>[-+])?
    (?P<num>{_NUMBER})
    (?:\s?(?P<mult>k|m|mn|bn|b|thousand|millions?|billion)\b)?
    (?:\s?(?P<unit>%|per\s?cent|pc|pp|ppts?|percentage\s+points?|[a-z]{{1,7}}))?""",
    re.X | re.I,
)
# a number of a ratio, taken whole, of at most 30 digits or 8 groups of thousands: linear over a long run of digits
_RATIO_NUMBER = r"(?>\d{1,3}(?:,\d{3}){1,8}(?:\.\d{1,30})?|\d{1,30}(?:\.\d{1,30})?|\.\d{1,30})"
RATIO_RE = re.compile(rf"(?P<a>{_RATIO_NUMBER})\s*+(?:/|out\s+of|of)\s*+(?P<b>{_RATIO_NUMBER})", re.I)
FOOTNOTE_RE = re.compile(r"^[*†‡#^]+|[*†‡#^¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
TRAILING_RAG_RE = re.compile(r"(?!(?<=\s)\s)\s*+(?:\(\s*(red|amber|green|r|a|g)\s*\)|[-–:]\s*(red|amber|green))$", re.I)
DATE_WORDS = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?|\d{4}(?:/\d{2,4})?|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|q[1-4]"
    rf"|(?:{dates.MONTH_RE})\.?|{dates.WEEKDAY_RE}|of|the|end|by|fy|financial|year)",
    re.I,
)
DASHES = str.maketrans(
    {"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " "}
)
ID_LAST_WORDS = frozenset({"ref", "ref.", "reference", "no", "no.", "#", "id"})  # 'Row Ref', 'Action No.'
ID_HEADERS = frozenset(
    {"no", "no.", "ref", "ref.", "reference", "#", "id", "item", "action no", "action number", "number", "kpi ref"}
)


class CellType(NamedTuple):
    """What a cell holds. ``value`` is in whole units ("£1.2m" is 1200000; "85%" is 85)."""

    kind: str  # percent, currency, number, ratio, direction, rag, date, missing, text, empty
    value: float | None = None
    unit: str | None = None  # "%", "pp", "GBP", "days" ...; the precision for dates
    direction: str | None = None  # up, down, level, improving, worsening
    rag: Rag | None = None
    date: dt.date | None = None


def family(kind: str) -> str:
    return "numeric" if kind in NUMERIC_KINDS else kind


def type_cell(text: str | None) -> CellType:
    """Read one cell as printed. Never raises; anything unrecognised is ``text``."""
    if text is None:
        return CellType("empty")
    plain = " ".join(unicodedata.normalize("NFKC", str(text)).translate(DASHES).split())
    if not plain:
        return CellType("empty")
    directions = {ARROWS[char] for char in plain if char in ARROWS}
    direction = directions.pop() if len(directions) == 1 else None
    core = " ".join("".join(char for char in plain if char not in ARROWS).split())
    core = FOOTNOTE_RE.sub("", core).strip()
    rag: Rag | None = None
    if (trailing := TRAILING_RAG_RE.search(core)) and trailing.start() > 0:
        rag = RAG_CELL[(trailing[1] or trailing[2]).lower()]  # type: ignore[assignment]
        core = core[: trailing.start()].strip()
    lowered = core.lower().rstrip(".:")
    if not lowered:
        return CellType("direction", direction=direction) if direction else CellType("missing")
    if lowered in DIRECTION_WORDS:
        return CellType("direction", direction=DIRECTION_WORDS[lowered])
    if lowered in RAG_CELL:
        return CellType("rag", direction=direction, rag=RAG_CELL[lowered])  # type: ignore[arg-type]
    if lowered in PLACEHOLDERS or (len(set(lowered)) == 1 and lowered[0] in "-.*x"):
        return CellType("missing", direction=direction, rag=rag)
    number = _number(core)
    if number is not None:
        kind, value, unit = number
        return CellType(kind, value, unit, direction, rag)
    date = _date(core)
    if date is not None:
        return CellType("date", None, date.precision, direction, rag, date.date)
    ratio = _ratio(core)
    if ratio is not None:
        return CellType("ratio", ratio, None, direction, rag)
    return CellType("text", direction=direction, rag=rag)


def _number(text: str) -> tuple[str, float, str | None] | None:
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting negative: (£3,000), (12.5%)
        text, negative = text[1:-1].strip(), True
    elif re.fullmatch(r"[£$€]\s?\(.*\)", text):  # £(3,000)
        text, negative = text[0] + text[2:-1], True
    match = NUMBER_CELL_RE.fullmatch(text)
    if not match:
        return None
    value = float(match["num"].replace(",", ""))
    if not math.isfinite(value):
        return None
    if "-" in (match["sign"] or "", match["sign2"] or ""):
        negative = not negative
    currency = CURRENCY[match["cur"].strip().lower()] if match["cur"] else None
    multiplier = (match["mult"] or "").lower()
    unit_word = (match["unit"] or "").lower()
    if multiplier and not currency and multiplier not in BARE_MULTIPLIERS:
        return None
    value *= MULTIPLIERS.get(multiplier, 1.0)
    value = -value if negative else value
    if unit_word in ("%", "per cent", "percent", "pc") or re.fullmatch(r"per\s?cent", unit_word):
        return ("percent", value, "%") if not currency else None
    if unit_word in ("pp", "ppt", "ppts") or unit_word.startswith("percentage point"):
        return ("percent", value, "pp") if not currency else None
    if unit_word:
        if unit_word not in UNITS or currency:
            return None
        return "number", value, UNITS[unit_word]
    if currency:
        return "currency", value, currency
    return "number", value, None


def _ratio(text: str) -> float | None:
    """'3 of 4', '50 out of 73', '7/12' (but not '3/4', which may be a day and month)."""
    match = RATIO_RE.fullmatch(text)
    if not match:
        return None
    a, b = float(match["a"].replace(",", "")), float(match["b"].replace(",", ""))
    if b == 0 or not (math.isfinite(a) and math.isfinite(b)):
        return None
    if "/" in match[0] and a <= 31 and b <= 12 and match["a"].isdigit() and match["b"].isdigit():
        return None
    return a / b


def _date(text: str) -> DateValue | None:
    """A cell that is a date and nothing else ('31 March 2025', 'Q3 2024/25', '01/04/2024')."""
    if len(text) > 40 or not re.search(r"\d", text):
        return None
    words = re.split(r"[\s,]+", text.strip(" ,."))
    if not all(DATE_WORDS.fullmatch(word) for word in words if word and word != "-"):
        return None
    found = parse_date(text)
    return found if found.date is not None else None


# --- the table-level pass ---------------------------------------------------------------------


def header_unit(header: str) -> tuple[str, float, str] | None:
    """A unit the column header gives its figures: '£m', "£'000", 'Budget (£k)', '%', 'Rate (%)'."""
    text = " ".join(unicodedata.normalize("NFKC", header).split()).lower()
    money = re.search(r"(?:^|[\s(\[,/])([£$€])\s*('?0{3}'?s?|s|k|m|mn|bn|millions?|thousands?)?(?=$|[\s)\],/])", text)
    if money:
        scale = (money[2] or "").strip("'s")
        multiplier = 1e3 if scale in ("000", "k", "thousand") else MULTIPLIERS.get(scale, 1.0)
        return "currency", multiplier, CURRENCY[money[1]]
    if re.fullmatch(r"%|.*\(\s*%\s*\)|.*\s%", text):
        return "percent", 1.0, "%"
    return None


DATE_HEADER_RE = re.compile(r"\b(date|year|timescales?|deadline|by when|due|target date|completion)\b", re.I)


def _apply_header_unit(cell: CellType, unit: tuple[str, float, str] | None, *, dated: bool = False) -> CellType:
    """A plain number read with its column: '12.5' under '£m' is £12.5m; '2028' under 'Timescale' a year."""
    if cell.kind != "number" or cell.unit is not None or cell.value is None:
        return cell
    if dated and unit is None and cell.value == int(cell.value) and 1900 <= cell.value <= 2100:
        return cell._replace(kind="date", value=None, unit="year", date=dt.date(int(cell.value), 12, 31))
    if unit is None:
        return cell
    kind, multiplier, name = unit
    return cell._replace(kind=kind, value=cell.value * multiplier, unit=name)


def _is_index_column(header: str, cells: list[CellType]) -> bool:
    """Row numbers and references ('No.', 'Ref', or 1, 2, 3 ... down the column) are not figures."""
    name = tables.normalise_header(header).rstrip(":")
    words = name.split()
    if name in ID_HEADERS or (words and len(words) <= 3 and words[-1] in ID_LAST_WORDS):
        return True
    values = [cell.value for cell in cells if cell.kind == "number"]
    return (
        len(values) >= 3
        and all(value is not None and value == int(value) for value in values)
        and all(b - a == 1 for a, b in zip(values, values[1:], strict=False))
    )


def column_kinds(table: Table) -> dict[int, str]:
    """Column index -> family (numeric, rag, direction, date) for the columns that are typed."""
    return _analyse(table)[0]


def _analyse(table: Table) -> tuple[dict[int, str], int, list[list[CellType]]]:
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    grid = [[type_cell(row[index] if index < len(row) else "") for index in range(width)] for row in table.rows]
    status_column = tables.shaded_status_column(table.header)
    colours = table.status_colours or []
    if status_column is not None:
        for row_index, row in enumerate(grid):
            colour = colours[row_index] if row_index < len(colours) else None
            colour = None if colour == tables.BRAG_BLUE else colour  # BRAG's blue is done, no rating
            if colour and status_column < width and row[status_column].rag is None:
                cell = row[status_column]
                kind = "rag" if cell.kind in ("text", "empty", "missing") else cell.kind
                row[status_column] = cell._replace(kind=kind, rag=colour)
    first = _header_rows(grid, table.rows)
    headers = column_headers(table, first)
    typed: dict[int, str] = {}
    for column in range(width):
        unit = header_unit(headers[column])
        dated = bool(DATE_HEADER_RE.search(headers[column]))
        cells = [_apply_header_unit(row[column], unit, dated=dated) for row in grid[first:]]
        for row, cell in zip(grid[first:], cells, strict=True):
            row[column] = cell
        counted = Counter(family(cell.kind) for cell in cells if cell.kind not in ("empty", "missing"))
        if not counted:
            continue
        top, count = counted.most_common(1)[0]
        if top in TYPED_FAMILIES and count >= MIN_SHARE * sum(counted.values()):
            if top == "numeric" and _is_index_column(headers[column], cells):
                continue
            typed[column] = top
    return typed, first, grid


def _header_rows(grid: list[list[CellType]], rows: list[list[str]]) -> int:
    """How many leading body rows continue the header ('Latest' / 'Previous', '2024-25' / '£000s').

    A header row has only short cells. In a table of figures it has no figure (period headings
    such as '2024-25' are allowed); in a table without figures it has nothing typed at all.
    """
    figures = {"numeric", "rag", "direction"}
    has_figures = any(family(cell.kind) in figures for row in grid for cell in row)
    stops = figures if has_figures else TYPED_FAMILIES
    first = 0
    while first < min(MAX_HEADER_ROWS, len(grid) - 1) and all(
        family(cell.kind) not in stops and len(text.split()) <= 8
        for cell, text in zip(grid[first], rows[first], strict=False)
    ):
        first += 1
    return first


def column_headers(table: Table, extra_rows: int = 0) -> list[str]:
    """Each column's header, joining the header row with ``extra_rows`` sub-header rows below it.

    A header cell spanning columns is read by pdfplumber into its first column only; a blank
    header cell above a labelled sub-header cell takes the text on its left ('RAG rating' over
    'Latest' and 'Previous').
    """
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    rows = [table.header, *table.rows[:extra_rows]]
    grid = [[row[index] if index < len(row) else "" for index in range(width)] for row in rows]
    for level in range(len(grid) - 1):
        for column in range(1, width):
            below = any(grid[deeper][column] for deeper in range(level + 1, len(grid)))
            if not grid[level][column] and below and grid[level][column - 1]:
                grid[level][column] = grid[level][column - 1]
    return [" / ".join(row[column] for row in grid if row[column]) for column in range(width)]


def typed_cells(tables_: Iterable[Table], document_id: str) -> list[TableCell]:
    """One record per non-empty cell of every typed column of every table."""
    found: list[TableCell] = []
    for table_index, table in enumerate(tables_):
        typed, first, grid = _analyse(table)
        if not typed:
            continue
        headers = column_headers(table, first)
        status_column = tables.shaded_status_column(table.header)
        for row_index in range(first, len(grid)):
            row = grid[row_index]
            raw_row = table.rows[row_index]
            untyped = [c for c in range(min(len(raw_row), len(row))) if c not in typed and raw_row[c].strip()]
            # The row's name, passing over references ('111', '2.3') in untyped columns.
            label = next((raw_row[c] for c in untyped if row[c].kind == "text"), None) or next(
                (raw_row[c] for c in untyped), None
            )
            for column in sorted(typed):
                cell = row[column]
                raw = raw_row[column] if column < len(raw_row) else ""
                if cell.kind == "empty" and cell.rag is None:
                    continue
                method = "rule:kpi-cell"
                if column == status_column and cell.rag and type_cell(raw).rag is None:
                    method += "+rag-from-fill"
                found.append(
                    TableCell(
                        table=table_index,
                        row=row_index,
                        column=column,
                        column_header=headers[column] or None,
                        row_label=label,
                        raw=raw,
                        kind=cell.kind,
                        value=cell.value,
                        unit=cell.unit,
                        direction=cell.direction,
                        rag=cell.rag,
                        date=cell.date,
                        provenance=Provenance(
                            document=document_id,
                            page=table.page_start,
                            page_end=table.page_end,
                            method=method,
                        ),
                    )
                )
    return found


PERFORMANCE_WORDS = re.compile(
    r"\b(target|actual|performance|kpis?|indicators?|measures?|baseline|latest|previous|outturn|forecast|"
    r"variance|budget|benchmark|trend|dot|direction of travel|rag|q[1-4]|quarter)\b",
    re.I,
)


def is_performance(table: Table) -> bool:
    """A table of results against targets: typed figures or RAG ratings / directions of travel,
    with a header that speaks of targets, indicators, ratings, outturn, budget ... (a column of
    figures beside a RAG or direction column needs no such header)."""
    if table.kind == "action_plan":
        return False
    typed, first, _ = _analyse(table)
    kinds = set(typed.values())
    if not kinds & {"numeric", "rag", "direction"}:
        return False
    if "numeric" in kinds and kinds & {"rag", "direction"}:
        return True
    return any(PERFORMANCE_WORDS.search(header) for header in column_headers(table, first))


def mark_performance(found: Iterable[Table]) -> None:
    """Tables of figures with ratings or directions of travel are performance tables."""
    for table in found:
        if table.kind == "table" and is_performance(table):
            table.kind = "performance"
