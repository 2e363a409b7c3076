"""Unruled ("stream") tables: cheap detection on every page, camelot's stream parser on the few flagged.

Detection reads only the :class:`~agendaparse.pdf.PageLayout` lines the first stage already has:
a line whose text pypdfium2 split at wide gaps ("   ") into three or more segments is a row
candidate, and a run of at least :data:`MIN_ROWS` such lines whose segments are largely figures
(counts, amounts, percentages), with two or more figures after the first cell in at least half
of its rows, is a table region. Attendance lists, signature blocks, two-column prose and slide
frames split into names or words, and an agenda's contents into 'item  title  page', so they are
not flagged.
Pages whose text is set sideways (a landscape table printed on a portrait page) are flagged too:
their lines cannot be read here, and camelot turns such text upright itself.

Only flagged pages are handed to camelot (imported on first use; about a second), and only the
tables it finds over a flagged region that pass the same number test are kept.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from .pdf import Line, PageLayout

log = logging.getLogger(__name__)

MIN_ROWS = 4  # consecutive (allowing one interruption) lines of 3+ segments
MIN_SEGMENTS = 3
MIN_NUMERIC_SHARE = 0.3  # of a region's segments / of a found table's non-empty cells
NUMERIC_CHARS = set("0123456789.,%()-–—+*$£€/:<>=±")
NUMBER_RE = re.compile(r"\d")


@dataclass
class Region:
    """Rows of column-aligned figures on one page (display coordinates)."""

    top: float
    bottom: float
    rows: int
    x0: float = 0.0
    x1: float = 0.0


def is_numeric(text: str) -> bool:
    """A cell that is mostly a figure: '1,234', '(12.5)', '£14.00', '31.6**', '9th May 2012' is not."""
    chars = [char for char in text if not char.isspace()]
    if not chars or not NUMBER_RE.search(text):
        return False
    return sum(char in NUMERIC_CHARS for char in chars) >= 0.6 * len(chars)


def _segments(line: Line) -> list[str]:
    return [part for part in line.text.split("   ") if part.strip()]


def _figure_row(line: Line) -> bool:
    """Two or more figures after the row's first cell: data, not 'item  title  page' or names."""
    return sum(is_numeric(segment) for segment in _segments(line)[1:]) >= 2


def _is_figure_region(lines: list[Line]) -> bool:
    """Enough lines, mostly figures: an unruled table's body."""
    if len(lines) < MIN_ROWS:
        return False
    segments = [segment for line in lines for segment in _segments(line)]
    numeric = sum(is_numeric(segment) for segment in segments)
    figure_rows = sum(_figure_row(line) for line in lines)
    return numeric >= MIN_NUMERIC_SHARE * len(segments) and figure_rows >= max(MIN_ROWS - 1, len(lines) / 2)


def regions(page: PageLayout) -> list[Region]:
    """Runs of lines split into 3+ segments at wide gaps, mostly numbers: an unruled table's body."""
    found: list[Region] = []
    run: list[Line] = []
    misses = 0

    def close() -> None:
        # a run may go on past the table's last row of figures, over a heading into another block set
        # in columns (a recorded vote, a list of names): the figures end the table
        last = max((index for index, line in enumerate(run) if _figure_row(line)), default=-1)
        for lines in (run, run[: last + 1]):
            if _is_figure_region(lines):
                top, bottom = min(line.top for line in lines), max(line.bottom for line in lines)
                x0, x1 = min(line.x0 for line in lines), max(line.x1 for line in lines)
                found.append(Region(top, bottom, len(lines), x0, x1))
                return

    for line in page.body_lines():
        if len(_segments(line)) >= MIN_SEGMENTS:
            run.append(line)
            misses = 0
        elif run and misses == 0:
            misses = 1  # a wrapped header or a group label ("Male") inside the table
        else:
            close()
            run, misses = [], 0
    close()
    return found


def has_sideways_text(page: PageLayout) -> bool:
    """Most of the text is set vertically: pypdfium2 lines come out as tall boxes."""
    total = sideways = 0
    for line in page.lines:
        chars = len(line.text)
        total += chars
        height = line.bottom - line.top
        if height > 4 * max(line.size, 1.0) and height > 1.5 * (line.x1 - line.x0):
            sideways += chars
        elif height > 0.5 * page.height and chars > 80:
            sideways += chars  # sideways columns read across into one tall line
    return total >= 100 and sideways >= 0.5 * total


def flagged(page: PageLayout) -> list[Region] | None:
    """The regions to look in, a whole-page region for sideways text, or None: not worth a look."""
    if not page.has_text_layer:
        return None
    if has_sideways_text(page):
        return [Region(0.0, page.height, 0, 0.0, page.width)]
    return regions(page) or None


def numeric_share(rows: list[list[str]]) -> float:
    filled = [cell for row in rows for cell in row if cell]
    return sum(is_numeric(cell) for cell in filled) / len(filled) if filled else 0.0


@dataclass
class StreamTable:
    page: int
    rows: list[list[str]]
    bbox: tuple[float, float, float, float]  # display coordinates (x0, top, x1, bottom)


def _display_bbox(bbox: tuple[float, ...], page: PageLayout) -> tuple[float, float, float, float]:
    """camelot's (x1, y1, x2, y2) from the bottom-left of the unrotated page, in display space."""
    x1, y1, x2, y2 = bbox
    if page.rotation == 0:
        return (x1, page.height - y2, x2, page.height - y1)
    return (0.0, 0.0, page.width, page.height)  # rotated: the whole page is good enough to place it


def extract(
    source: str | Path | bytes,
    pages: dict[int, list[Region]],
    layouts: dict[int, PageLayout],
    clean,
    password: str | None = None,
) -> list[StreamTable]:
    """camelot stream on the flagged pages; its tables over a flagged region, mostly figures. A region no
    table covers (camelot's text edges can run a table into the prose above and miss the next one on the
    page, as with tables ruled between rows only) is read again with the region as camelot's table area."""
    if not pages:
        return []
    page_list = ",".join(str(number) for number in sorted(pages))
    tables = _kept_tables(_camelot(source, page_list, password), pages, layouts, clean, [])
    for number, regions_left in pages.items():
        layout = layouts[number]
        for region in regions_left:
            if layout.rotation or not region.rows or any(_holds_region(table, region) for table in tables):
                continue
            area = _table_area(region, layout)
            found = _camelot(source, str(number), password, table_areas=[area])
            tables += _kept_tables(found, {number: [region]}, layouts, clean, tables)
    return tables


def _camelot(source: str | Path | bytes, page_list: str, password: str | None, **options: object) -> list:
    try:
        import camelot
    except ImportError:  # pragma: no cover - camelot-py is a dependency
        log.warning("camelot is not installed: unruled tables are not extracted")
        return []
    data = source if isinstance(source, bytes) else str(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(camelot.read_pdf(data, pages=page_list, flavor="stream", password=password or None, **options))
    except Exception as exc:  # a page camelot cannot parse costs its unruled tables, not the document
        log.info("camelot stream failed on pages %s: %s", page_list, exc)
        return []


def _kept_tables(
    found: list, pages: dict[int, list[Region]], layouts: dict[int, PageLayout], clean, kept: list[StreamTable]
) -> list[StreamTable]:
    """camelot's tables over a flagged region that pass the number test, without the text above the region."""
    tables: list[StreamTable] = []
    for table in found:
        number = int(table.page)
        layout = layouts[number]
        tables += _kept_pieces(table, pages[number], layout, clean, [*kept, *tables])
    return [
        table
        for table in tables
        if not any(
            other.page == table.page and _same_area(other.bbox, table.bbox) and _better_headed(other.rows, table.rows)
            for other in tables
        )
    ]


def _better_headed(rows: list[list[str]], other: list[list[str]]) -> bool:
    """Of two readings of one text area, ``rows`` opens with the column names and ``other`` with a row of data:
    camelot's other edge set left the header out."""
    if not rows or not other or abs(len(rows[0]) - len(other[0])) > 1:
        return False  # (not one table read twice: a page's two tables side by side and a reading of both)
    return _names_row(rows[0]) and not _names_row(other[0])


def _kept_pieces(
    table, regions_on_page: list[Region], layout: PageLayout, clean, kept: list[StreamTable]
) -> list[StreamTable]:
    """The tables of one camelot table (two, where a sentence and a second header row part it) that pass."""
    tables: list[StreamTable] = []
    number = int(table.page)
    pieces = _pieces(table, layout, clean)
    for rows, spans, bbox in pieces:
        rows = _below_region_top(rows, spans, bbox, regions_on_page, layout)
        rows = _wrapped_rows_joined(_without_title(_without_text_around([row for row in rows if any(row)])))
        rows = _unnamed_figures_joined(_wrapped_header_joined(rows))
        batched = len(pieces) > 1 and len(_repeated_headers(rows)) == 1  # one batch under its header printed again
        if len(rows) < MIN_ROWS - batched or max(len(row) for row in rows) < MIN_SEGMENTS:
            continue
        if numeric_share(rows) < MIN_NUMERIC_SHARE:
            continue
        if not _over_region(bbox, regions_on_page, split=len(pieces) > 1):
            continue
        if any(
            other.page == number and _same_area(other.bbox, bbox) and not _better_headed(rows, other.rows)
            for other in [*kept, *tables]
        ):
            continue  # camelot can return one text area twice (two of its edge sets meet it)
        tables.append(StreamTable(number, rows, tuple(round(v, 1) for v in bbox)))
    return tables


def _over_region(bbox: tuple[float, ...], regions_on_page: list[Region], split: bool) -> bool:
    """Over half a flagged region's height; a piece of a table parted in two may instead lie over half its own
    height inside a region (one region can run over both tables and the sentence between them)."""
    for region in regions_on_page:
        shared = _overlap(bbox[1], bbox[3], region.top, region.bottom)
        if shared >= 0.5 * (region.bottom - region.top) or (split and shared >= 0.5 * (bbox[3] - bbox[1])):
            return True
    return False


def _pieces(table, layout: PageLayout, clean) -> list[tuple[list[list[str]], list | None, tuple[float, ...]]]:
    """camelot's table as (rows, row spans, display bbox); two pieces where a second table starts inside it."""
    rows = [[clean(cell) for cell in row] for row in table.df.values.tolist()]
    spans = getattr(table, "rows", None)
    bbox = _display_bbox(table._bbox, layout)
    if layout.rotation or not spans or len(spans) != len(rows):
        return [(rows, None, bbox)]
    columns = getattr(table, "cols", None)
    if columns and len(columns) == len(rows[0]):
        rows, spans = _group_names_spread(rows, list(spans), columns, layout)
    beside = _side_by_side(rows)
    if beside is not None and columns and len(columns) == len(rows[0]):
        gutter = columns[beside][0]
        return [
            *_headed_piece([row[:beside] for row in rows], spans, (bbox[0], bbox[1], gutter, bbox[3])),
            *_headed_piece([row[beside:] for row in rows], spans, (gutter, bbox[1], bbox[2], bbox[3])),
        ]
    heads = _repeated_headers(rows)
    if len(heads) >= 2:
        return [
            _batch(rows, spans, bbox, layout, start, end)
            for start, end in zip(heads, [*heads[1:], len(rows)], strict=True)
        ]
    cut = _second_table_start(rows)
    if cut is None:
        return [(rows, spans, bbox)]
    boundary = layout.height - spans[cut][0]
    return [
        (rows[:cut], spans[:cut], (bbox[0], bbox[1], bbox[2], boundary)),
        (rows[cut:], spans[cut:], (bbox[0], boundary, bbox[2], bbox[3])),
    ]


def _group_names_spread(
    rows: list[list[str]], spans: list, columns: list, layout: PageLayout
) -> tuple[list[list[str]], list]:
    """A period's or a group's name printed over two or more column names ('2023/24' over 'Target | Actual', over
    'Q1 | Q2 | Q3 | Q4'), which camelot gives as a row of its own in one column, joined to the name of each column
    under it ('2023/24 Target', '2023/24 Actual'), as the ruled reader joins a spanning name: without the group the
    columns of two years read the same. The columns under a name are those it is centred over (a spanning name is
    set centred): the run of named columns under its words whose middle lies nearest the name's, the longest of
    runs as near."""
    for index in range(len(rows) - 2):
        group, names = rows[index], rows[index + 1]
        labels = [column for column, cell in enumerate(group) if cell]
        if not labels or labels[0] == 0 or not _names_row(names) or len(labels) * 2 > sum(map(bool, names)):
            continue
        # figures under the names, or under their wrapped second line ('Previous' over 'year')
        if not any(any(is_numeric(cell) for cell in row if cell) for row in rows[index + 2 : index + 4]):
            continue
        extents = [_label_extent(layout, spans[index], group[column]) for column in labels]
        if any(extent is None for extent in extents):
            continue
        header = names_under_groups(
            [(group[column], extent) for column, extent in zip(labels, extents, strict=True)], columns, names
        )
        if header is None:
            continue
        merged = (spans[index][0], spans[index + 1][1])
        return [*rows[:index], header, *rows[index + 2 :]], [*spans[:index], merged, *spans[index + 2 :]]
    return rows, spans


def names_under_groups(
    groups: list[tuple[str, tuple[float, float]]], columns: list, names: list[str]
) -> list[str] | None:
    """The column names with each group's name (its text, where it is printed: x0, x1) joined to the names of the
    columns it is centred over (:func:`run_under`), or None when the names over the columns are no groups: a title
    (more than three words, or one name over every column but the rows' names), a unit ('[In thousands]', '(£000)'),
    or a name over one column (that name's first line)."""
    if any(len(text.split()) > MAX_GROUP_WORDS or text.startswith(("[", "(")) for text, _ in groups):
        return None
    runs = [run_under(extent, columns, names) for _, extent in groups]
    if any(run is None or run[1] == run[0] for run in runs) or runs_overlap(runs) or over_all(runs, names):
        return None
    header = list(names)
    for (text, _), run in zip(groups, runs, strict=True):
        for column in range(run[0], run[1] + 1):
            header[column] = f"{text} {names[column]}" if names[column] else ""
    return header


MAX_GROUP_WORDS = 3  # a group's name over columns is short ('2023/24', 'Year to date')
SAME_MIDDLE = 2.0  # pt: runs of columns whose middles lie this near the name's are as near


def run_under(extent: tuple[float, float], columns: list, names: list[str]) -> tuple[int, int] | None:
    """The run of named columns (never the first, the rows' names) a spanning name is centred over."""
    x0, x1 = extent
    middle = (x0 + x1) / 2
    if _overlap(columns[0][0], columns[0][1], x0, x1) > 0:
        return None  # over the rows' names as well: a caption, not a group of columns
    under = [column for column in range(1, len(columns)) if _overlap(columns[column][0], columns[column][1], x0, x1)]
    if not under:
        return None
    best: tuple[float, int, tuple[int, int]] | None = None
    for start in range(1, under[0] + 1):
        for end in range(under[-1], len(columns)):
            if not (names[start] and names[end]):  # (an unnamed column inside: camelot's gutter by right-set figures)
                continue
            distance = abs((columns[start][0] + columns[end][1]) / 2 - middle)
            key = (round(distance / SAME_MIDDLE), -(end - start), (start, end))
            if best is None or key[:2] < best[:2]:
                best = key
    return best[2] if best else None


def over_all(runs: list, names: list[str]) -> bool:
    """One name over every named column but the rows' names: the table's title set over it ('PUBLIC WORKS'), not a
    group of some of its columns."""
    named = [column for column in range(1, len(names)) if names[column]]
    return len(runs) == 1 and bool(named) and runs[0][0] <= named[0] and runs[0][1] >= named[-1]


def runs_overlap(runs: list) -> bool:
    ordered = sorted(runs)
    return any(a[1] >= b[0] for a, b in zip(ordered, ordered[1:], strict=False))


def _label_extent(layout: PageLayout, span: tuple[float, float], label: str) -> tuple[float, float] | None:
    """Where a name is printed on the row camelot read it from (x0, x1): the line's own edges when the name is
    all of it, else its place in the line's text, measured by the line's width per character."""
    top, bottom = layout.height - span[0] - 2, layout.height - span[1] + 2
    for line in layout.lines:
        if not (top <= (line.top + line.bottom) / 2 <= bottom):
            continue
        text = line.text
        if text.strip() == label:
            return line.x0, line.x1
        at = text.find(label)
        if at >= 0 and text:
            width = (line.x1 - line.x0) / len(text)
            return line.x0 + at * width, line.x0 + (at + len(label)) * width
    return None


def _repeated_headers(rows: list[list[str]]) -> list[int]:
    """The rows where camelot's table starts again under its column names printed again (payments to approve,
    then receipts, each under 'Payee | Detail | Total'): rows of names sharing two names or more, in the same
    columns, with the first."""
    names = [index for index, row in enumerate(rows) if _names_row(row)]
    if not names:
        return []
    first = rows[names[0]]
    return [
        index
        for index in names
        if index == names[0]
        or sum(bool(cell) and cell == name for cell, name in zip(rows[index], first, strict=False)) >= 2
    ]


def _batch(
    rows: list[list[str]], spans: list, bbox: tuple[float, ...], layout: PageLayout, start: int, end: int
) -> tuple[list[list[str]], list | None, tuple[float, ...]]:
    """One batch of rows under its header, without the caption of the next (a row of one cell at its foot)."""
    while end - 1 > start and _lone(rows[end - 1]):
        end -= 1
    top, bottom = layout.height - spans[start][0], layout.height - spans[end - 1][1]
    return _names_over_cells(rows[start:end]), spans[start:end], (bbox[0], top, bbox[2], bottom)


def _names_over_cells(rows: list[list[str]]) -> list[list[str]]:
    """A column holding only its name beside one holding cells and no name (camelot set the name a column left
    of its figures, 'VAT' over '25.64' set flush right) made one."""
    header, body = rows[0], rows[1:]
    for column in range(len(header) - 2, -1, -1):
        named, unnamed = column, column + 1
        if not header[named] or header[unnamed] or any(row[named] for row in body):
            continue
        if not any(row[unnamed] for row in body):
            continue
        rows = [[*row[:named], row[named] or row[unnamed], *row[unnamed + 1 :]] for row in rows]
        header, body = rows[0], rows[1:]
    return rows


def _side_by_side(rows: list[list[str]]) -> int | None:
    """The column where a second table set beside the first starts (camelot reads tables side by side on a slide
    as one): a row of column names from that column whose first name is the first name of a row of names from
    the table's first column, in another row or the same (a 'Year' column printed again beside)."""
    width = len(rows[0]) if rows else 0
    for beside in range(MIN_SEGMENTS, width - MIN_SEGMENTS + 1):
        left = _header_row([row[:beside] for row in rows])
        right = _header_row([row[beside:] for row in rows])
        if left is None or right is None:
            continue
        if rows[left][0].casefold() == rows[right][beside].casefold():
            return beside
    return None


def _header_row(rows: list[list[str]]) -> int | None:
    """The first row holding two cells or more, when it is a row of column names from the first column on."""
    for index, row in enumerate(rows):
        if sum(bool(cell) for cell in row) >= 2:
            return index if row[0] and _names_row(row) else None
    return None


def _headed_piece(
    rows: list[list[str]], spans: list, bbox: tuple[float, ...]
) -> list[tuple[list[list[str]], list | None, tuple[float, ...]]]:
    """One of two tables set side by side: from its header down, a line with no key in the first column joined
    to the row above (a cell of two lines, each line read as a row); empty rows dropped."""
    start = _header_row(rows)
    if start is None:
        return []
    joined: list[list[str]] = []
    kept: list = []
    for row, span in zip(rows[start:], spans[start:], strict=True):
        if not any(row):
            continue
        if len(joined) > 1 and not row[0]:
            joined[-1] = [f"{above} {cell}".strip() for above, cell in zip(joined[-1], row, strict=True)]
            continue
        joined.append(list(row))
        kept.append(span)
    return [(joined, kept, bbox)]


def _second_table_start(rows: list[list[str]]) -> int | None:
    """Where camelot ran two tables together: below a row of figures, a sentence alone in the first column
    ('The reserves at the end of the period are as follows.') over a row of column names over figures."""
    for index in range(2, len(rows) - 2):
        if not (_lone(rows[index]) and rows[index][0].rstrip().endswith((".", ":"))):
            continue
        figures_around = any(is_numeric(cell) for cell in rows[index - 1]) and any(
            is_numeric(cell) for cell in rows[index + 2]
        )
        if figures_around and _names_row(rows[index + 1]):
            return index
    return None


def _below_region_top(
    rows: list[list[str]],
    spans: list | None,
    bbox: tuple[float, ...],
    regions_on_page: list[Region],
    layout: PageLayout,
) -> list[list[str]]:
    """The table's rows without the leading rows of one cell that lie wholly above the region it holds (the
    paragraph and heading above a table camelot's text edges take in); rows of two or more cells stay."""
    if not spans:
        return rows
    held = [
        region for region in regions_on_page if region.rows and _overlap(bbox[1], bbox[3], region.top, region.bottom)
    ]
    if not held:
        return rows
    top = min(region.top for region in held)
    start = 0
    while (
        start < len(rows)
        and sum(bool(cell) for cell in rows[start]) <= 1
        and layout.height - spans[start][1] <= top + 2
    ):
        start += 1
    return rows[start:]


def _wrapped_rows_joined(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the wrapped lines camelot splits off a row's cell joined back: a row of one cell of words that
    reads on from the cell above it ('(%)', 'and carers', 'scheme') under a row of two or more cells."""
    joined: list[list[str]] = []
    for row in rows:
        above = joined[-1] if joined else None
        column = _lone_column(row)
        if (
            above
            and column is not None
            and column < len(above)
            and (column == 0 or (above[column] and not is_numeric(above[column])))  # words read on, not a figure
            and sum(bool(cell) for cell in above) >= 2
            and _reads_on(row[column])
            and not is_numeric(row[column])
        ):
            above[column] = f"{above[column]} {row[column]}".strip()
            continue
        joined.append(list(row))
    return joined


def _lone_column(row: list[str]) -> int | None:
    """The one filled cell of a row, or None."""
    filled = [index for index, cell in enumerate(row) if cell]
    return filled[0] if len(filled) == 1 else None


def _wrapped_header_joined(rows: list[list[str]]) -> list[list[str]]:
    """A header whose column names wrap onto a second line ('Full year' / 'budget £') joined back: under a
    row of three or more names, none a figure, a row of two or more cells, none a figure, each under a name,
    above a row that holds figures, is the names' second line."""
    if len(rows) < 3 or not _names_row(rows[0]) or not _names_row(rows[1], least=2):
        return rows
    if any(cell and not name for cell, name in zip(rows[1], rows[0], strict=False)):
        return rows
    if not any(is_numeric(cell) for cell in rows[2]):
        return rows
    header = [f"{name} {cell}".strip() for name, cell in zip(rows[0], rows[1], strict=False)]
    return [header + rows[0][len(header) :], *rows[2:]]


def _unnamed_figures_joined(rows: list[list[str]]) -> list[list[str]]:
    """A column with no name between named ones, or last right of a named one, beside a named column that holds
    nothing, is that column's figures set off from its name ('VAT' over nothing, '0.0' a gutter to its right;
    'Variance %' over nothing, its figures set right): the two joined, the name on the left taken first (figures
    are set right of a name set at its column's left)."""
    if not rows:
        return rows
    index = 1
    while index < len(rows[0]):
        header = rows[0]
        last = index == len(header) - 1
        named_beside = bool(header[index - 1]) and (last or bool(header[index + 1]))
        if header[index] or not named_beside or not _filled(rows, index):
            index += 1
            continue
        around = (index - 1,) if last else (index - 1, index + 1)
        beside = next((other for other in around if not _filled(rows, other)), None)
        if beside is None:
            index += 1
            continue
        keep, drop = min(beside, index), max(beside, index)
        rows = [
            [*row[:keep], row[keep] or (row[drop] if drop < len(row) else ""), *row[keep + 1 : drop], *row[drop + 1 :]]
            for row in rows
        ]
    return rows


def _filled(rows: list[list[str]], column: int) -> bool:
    return any(column < len(row) and row[column] for row in rows[1:])


def _names_row(row: list[str], least: int = MIN_SEGMENTS) -> bool:
    names = [cell for cell in row if cell]
    return len(names) >= least and not any(is_numeric(cell) for cell in names)


def _reads_on(text: str) -> bool:
    return text[0].islower() or text[0] in "(&-–"


def _holds_region(table: StreamTable, region: Region) -> bool:
    return _overlap(table.bbox[1], table.bbox[3], region.top, region.bottom) >= 0.5 * (region.bottom - region.top)


def _table_area(region: Region, layout: PageLayout) -> str:
    """camelot's 'x1,y1,x2,y2' (top left, bottom right, from the page's bottom left) around a region."""
    top, bottom = layout.height - region.top + 3, layout.height - region.bottom - 3
    return f"{region.x0 - 3:.1f},{top:.1f},{region.x1 + 3:.1f},{bottom:.1f}"


PROSE_WORDS = 5  # a line of this many words alone in the first column below a table is text, not a row
# a numbered minute's heading ('84/24 Finance', '7. Payments to approve', 'PL24/077 Planning')
MINUTE_HEADING_RE = re.compile(r"(?>[A-Z]{0,3}\d{1,4}(?:[./]\d{1,4}){0,8})[.)]?\s+[A-Z]")  # whole, 9 parts at most
# a minute's decision after its table ('It was RESOLVED to approve ...', 'The payments were agreed.')
DECISION_RE = re.compile(r"\b(?:resolved|agreed|approved|noted)\b", re.I)


def _lone(row: list[str]) -> bool:
    return bool(row[0]) and not any(row[1:])


def _without_text_around(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the minute text camelot takes in with a table set inside minutes: a numbered minute's
    heading alone in the first column and the lines under it down to the first row of two or more cells,
    and a decision's sentence alone in the first column below the last such row ('It was RESOLVED to
    approve the payments listed'). A title, a note or a group label ('Male') is kept, as camelot gives it."""
    start = 0
    if rows and _lone(rows[0]) and MINUTE_HEADING_RE.match(rows[0][0]):
        start = next((index for index, row in enumerate(rows) if not _lone(row)), len(rows))
    end = len(rows)
    while (
        end > start
        and _lone(rows[end - 1])
        and len(rows[end - 1][0].split()) >= PROSE_WORDS
        and DECISION_RE.search(rows[end - 1][0])
    ):
        end -= 1
    return rows[start:end]


def _without_title(rows: list[list[str]]) -> list[list[str]]:
    """Rows without the title and minute text camelot takes in above a table's header: over a row of column
    names (three or more cells, mostly words), which is the header, a row of one cell alone (a title), or
    rows of one cell that each read as minute text (a sentence ending '.' or ':', a numbered minute's
    heading, a title in capitals). A note running over several lines above the header is kept."""
    first = next((index for index, row in enumerate(rows) if not _lone(row)), len(rows))
    if first == 0 or len(rows) - first < 2:
        return rows
    names = [cell for cell in rows[first] if cell]
    if len(names) < MIN_SEGMENTS or sum(is_numeric(cell) for cell in names) >= len(names) / 2:
        return rows
    if first == 1 or all(_minute_text(row[0]) for row in rows[:first]):
        return rows[first:]
    return rows


def _minute_text(text: str) -> bool:
    return text.rstrip().endswith((".", ":")) or text == text.upper() or bool(MINUTE_HEADING_RE.match(text))


def _same_area(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    shared = _overlap(a[0], a[2], b[0], b[2]) * _overlap(a[1], a[3], b[1], b[3])
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return smaller > 0 and shared >= 0.8 * smaller


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


# Tables of words set in whitespace columns with no rules (a risk register, a tick grid, a service list):
# cheap detection from the page's lines; the words of a flagged region are read by
# :mod:`agendaparse.tables.unruled_words`.
MIN_WORD_COLUMNS = 3  # column names on the header line
MAX_NAME_WORDS = 4  # words of one column name
MAX_NAME_CHARS = 40
MIN_WORD_BODY = 2  # lines under the header that start in or split into its columns
BODY_GAP = 3.0  # a gap this many type sizes high below a line ends the region
ABBREVIATION_CHARS = 5  # a name's last word ending in a full stop this short is abbreviated ('Ref.')
PROSE_LINE_WORDS = 12  # a line of one segment this long, across most of the region, is a paragraph


def _column_names(line: Line) -> bool:
    """A header line: three or more short phrases apart by wide gaps, words more than figures, no label
    ('Signed:'), bullet point or sentence among them."""
    names = [segment.strip() for segment in _segments(line)]
    if len(names) < MIN_WORD_COLUMNS:
        return False
    if any(len(name.split()) > MAX_NAME_WORDS or len(name) > MAX_NAME_CHARS for name in names):
        return False
    if any(name.endswith((":", ",", ";")) or _sentence_end(name) or name[0] in "•▪-–*" for name in names):
        return False
    if any(name[0].islower() for name in names):
        return False  # a row of a table going on from the page before, mid-sentence
    return sum(name[0].isalpha() for name in names) >= 2 and sum(is_numeric(name) for name in names) <= 1


def _sentence_end(name: str) -> bool:
    """A phrase ending a sentence, not an abbreviated name ('Ref.', 'No.', 'Est. cost')."""
    return name.endswith(".") and len(name.split()[-1]) > ABBREVIATION_CHARS


def _body_under(lines: list[Line], index: int) -> list[Line]:
    """The lines under a header line down to a wide gap, a line left of the header (unless it is text set beside
    the table run into a row's cells), a paragraph across it or the first name of the header printed again over
    other names (a second table under the first)."""
    header = lines[index]
    width = max(header.x1 - header.x0, 1.0)
    body: list[Line] = []
    bottom = header.bottom
    for line in lines[index + 1 :]:
        if line.top - bottom > BODY_GAP * max(line.size, header.size, 8.0) and not _row_after_gap(line, header, body):
            break
        if line.x1 < header.x0 - BESIDE_SLACK and any(_beside(other, header) for other in body):
            continue  # text set beside the table, wholly left of it, with a line of it run into a row above
        if line.x0 < header.x0 - BESIDE_SLACK and not _beside(line, header):
            break
        if _next_header(line, header):
            break
        if len(_segments(line)) == 1 and len(line.text.split()) >= PROSE_LINE_WORDS and line.x1 - line.x0 > 0.6 * width:
            break
        body.append(line)
        bottom = max(bottom, line.bottom)
    return body


def _row_after_gap(line: Line, header: Line, body: list[Line]) -> bool:
    """After a wide gap (a section band left blank), a line set as the rows above are: from the header's left
    edge, split at wide gaps into three cells or more, as lines of the body are, and not column names unless its
    first cell is a key of the shape of the rows' keys above ('R7' under 'R1' to 'R6')."""
    if len(_segments(line)) < MIN_SEGMENTS or abs(line.x0 - header.x0) > ROW_EDGE:
        return False
    rows = [other for other in body if abs(other.x0 - header.x0) <= ROW_EDGE and len(_segments(other)) >= 3]
    if len(rows) < MIN_WORD_BODY:
        return False
    if not _column_names(line):
        return True
    keys = {_key_shape(other) for other in rows}
    return len(keys) == 1 and _key_shape(line) in keys


def _key_shape(line: Line) -> str:
    """A row's first cell with its digits as one '0' each run ('R12' -> 'R0')."""
    return DIGITS_RE.sub("0", _segments(line)[0].strip())


DIGITS_RE = re.compile(r"\d+")


ROW_EDGE = 3.0  # points: a row's first cell starts at the header's left edge
BESIDE_SLACK = 20.0  # points: a line starting further left than a table's header is not the table's
BESIDE_REACH = 10.0  # points into the header's span: a line from the left that reaches a row's first cell
BESIDE_WORDS = 2  # words of the text beside a table that pdfium ran into a row


def _beside(line: Line, header: Line) -> bool:
    """A line of text set beside a table (a slide's text left of it) that pdfium ran into a row of the table: it
    reaches into the header's span (a year in its first column, at least), split at wide gaps, opening with a phrase
    (a slide's words, not a stub column's name: 'Concentration', '(ppm)') and no more cells than the header names."""
    segments = _segments(line)
    if line.x1 <= header.x0 + BESIDE_REACH or not 2 <= len(segments) <= len(_segments(header)) + 1:
        return False
    return len(segments[0].split()) >= BESIDE_WORDS


def _next_header(line: Line, header: Line) -> bool:
    """Column names starting with the header's first name over other names: the next table's header."""
    if not _column_names(line) or line.text == header.text:
        return False
    return _segments(line)[0].strip().casefold() == _segments(header)[0].strip().casefold()


def word_regions(page: PageLayout) -> list[Region]:
    """Cheap test for unruled tables of words: a header line of column names over lines that split at wide
    gaps or start right of the table's left edge, inside a column (a cell wrapped, the cells before it empty)."""
    if not page.has_text_layer or page.rotation:
        return []
    lines = page.body_lines()
    found: list[Region] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        names = _names_under_group(lines, index)
        if names is not None:
            # the header's first line names the first column and a group over the rest; its second line, the
            # group's columns, is the line of names (read from the first line's edge)
            under = lines[:index] + [replace(names, x0=line.x0)] + lines[index + 2 :]
            body = _body_under(under, index)
        else:
            body = _body_under(lines, index) if _column_names(line) else []
        in_columns = sum(len(_segments(other)) >= 2 or other.x0 >= line.x0 + 15 for other in body)
        if len(body) >= MIN_WORD_BODY and in_columns >= MIN_WORD_BODY:
            group = [line, *([names] if names is not None else []), *body]
            x0 = min(other.x0 for other in group if other.x0 >= line.x0 - BESIDE_SLACK)
            x1 = max(other.x1 for other in group)
            found.append(Region(line.top, max(other.bottom for other in group), len(body), x0, x1))
            index += len(group)
            continue
        index += 1
    return found


GROUP_NAME_GAP = 1.5  # of the type size: the header's second line close under its first


def _names_under_group(lines: list[Line], index: int) -> Line | None:
    """The second line of a two-line header ('Internal control objective   Agreed?' over 'Yes   No*   Not covered**'):
    a line of column names in the header's bold type, close under a bold line of two phrases whose first starts left
    of them (the first column's name) and whose last is set over them (the name of the group of columns); else None.
    """
    if index + 1 >= len(lines):
        return None
    top, names = lines[index], lines[index + 1]
    phrases = _segments(top)
    return (
        names
        if top.bold
        and names.bold
        and len(phrases) == 2
        and not _column_names(top)
        and _column_names(names)
        and names.top - top.bottom <= GROUP_NAME_GAP * max(top.size, 6.0)
        and top.x0 < names.x0 - 2 * max(top.size, 6.0)
        and names.x0 - 2 * max(top.size, 6.0) <= top.x1 <= names.x1
        else None
    )
