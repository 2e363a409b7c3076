"""Tables of words printed without rules (borders off, whitespace columns): a risk register, a tick grid,
a list of services. :func:`agendaparse.stream_tables.word_regions` flags them cheaply from a page's lines
(a header line of column names over lines in its columns); here only the flagged regions are read, from
pdfplumber's words, and only those no other reader has a table over.

The columns are the strips of the region that the words fill, between gutters that (nearly) no line's words
cross: left, right or centred cells all fill their column's strip, and a heading set across the columns
(nearly) alone does not close a gutter; a narrow gutter counts where a column's name starts right after it.
The header is the region's first line, with the lines wrapped under it set the same way. Lines closer than a
line's height are one band (cells set centred in a row's height). A row opens after a gap wider than a cell's
lines (rows set apart by padding), where the weight turns (a bold heading row) and where a column whose cell
ended higher up in the row has text again; set tight, at each line filling two or more columns, or, when the
first column holds short keys ('2024', 'Nov25.01'), at each key. A header printed again parts two tables;
columns with no name right of the header are another table beside it, left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import plumber_pages, stream_tables
from ..models import Provenance, Table
from .cells import clean_cell
from .continuation import UNRULED_WORDS
from .layout_grids import (
    ATTENDANCE_HEADERS,
    CLOCK_RE,
    MINUTE_NUMBER_RE,
    MINUTES_COLUMN_HEAD_RE,
    _not_a_data_table,
)
from .page_objects import _pdfium_document, _read_objects_with_pdfium, _visible, with_turned_words
from .payments import MONEY_NAME_RE, SUM_WITH_PENCE_RE

MIN_COLUMNS = 3
REGION_SLACK = 3.0  # points: words starting left of a flagged region are text set beside the table
MIN_ROWS = 2
UNNAMED_BESIDE = 2  # columns right of the header with no name: a table beside it
REPEATED_HEADER = 0.7  # words shared with the header, of both's: a row that is the header again
GUTTER_SHARE = 0.08  # of the region's lines: a gutter may be crossed by this many (headings across columns)
MIN_GUTTER = 0.8  # type sizes: a narrower strip with no words is a word space
# ... unless a column name starts right after it (columns set close, as a risk register's text columns are)
MIN_NAMED_GUTTER = 0.25
PHRASE_GAP = 0.45  # type sizes: words closer than this are one phrase
SPANNING_COLUMNS = 3  # a phrase across this many columns is one cell merged across them (two: columns set close)
HEADER_LINES = 6  # lines a header takes, its cells wrapped, at most
RESTARTED_SHARE = 0.5  # of a row's columns starting again: the next row
ROW_GAP = 1.35  # a pitch this many times the tightest between lines opens a row (rows set apart)
LINE_PITCH = 0.8  # type sizes: lines closer than this overlap
MAX_KEY_CHARS = 12  # a row's key in the first column ('2024', 'Nov25.01')
MIN_KEYS = 2
MAX_LEADING = 1.3  # type sizes: the pitch of a cell's lines, at most
MAX_HEADER_WORDS = 8  # words of one column's name, its wrapped lines joined
NAME_PADDING = 0.5  # type sizes: a cell's words may start this far left of its column's name (a cell set right)
MAX_UNNAMED_GAP = 1.5  # type sizes: a column no name stands over, this near a named one beside it, is part of it
UNNAMED_CLOSER = 0.5  # ... when that gap is at most this share of the gap to the named column on its other side
# a running order's columns: an agenda, not a table of data
AGENDA_NAMES = {"item", "agenda item", "time", "timing", "lead", "presenter", "purpose", "page", "paper"}
TITLE_RE = re.compile(r"^(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s", re.I)


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float
    bold: bool
    parts: list[_Line] = field(default_factory=list)  # a band's lines, top to bottom


def unruled_word_tables(
    source,
    regions: dict[int, list[stream_tables.Region]],
    document_id: str,
    password: str | None,
    heads: dict[int, list[dict]] | None = None,
) -> list[Table]:
    """The tables of words read from the flagged regions (page number -> regions) of their pages; ``heads``
    takes each table's header words, by ``id(table)``, for :func:`continued_word_tables`."""
    found: list[Table] = []
    if not regions:
        return found
    geometry = _pdfium_document(source, password)
    with plumber_pages.open_pages(source, sorted(regions), password) as pages:
        for page in pages:
            if geometry is not None:
                _read_objects_with_pdfium(geometry, page)
            view = _visible(page)
            words = view.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
            words = with_turned_words(words, view.chars)  # a turned header name one word on its header's line
            for region in regions.get(page.page_number, []):
                inside = [
                    w
                    for w in words
                    if region.top - 2 <= (w["top"] + w["bottom"]) / 2 <= region.bottom + 2
                    and w["x0"] >= region.x0 - REGION_SLACK
                ]
                above = _line_above(words, region)
                found += read_region(inside, page.page_number, document_id, heads, above)
            page.close()
    if geometry is not None:
        geometry.close()
    return found


def _line_above(words: list[dict], region: stream_tables.Region) -> list[dict]:
    """The words of the line just over a flagged region, inside its width: the names of groups of columns
    ('2023/24' centred over 'Target | Actual') that the region, flagged from its line of names, leaves out."""
    over = [
        word
        for word in words
        if word["bottom"] <= region.top + 1
        and region.top - word["bottom"] <= GROUP_LINE_GAP * word["size"]
        and word["x0"] >= region.x0 - REGION_SLACK
        and word["x1"] <= region.x1 + REGION_SLACK
    ]
    lowest = max((word["top"] for word in over), default=None)
    return [word for word in over if lowest is not None and abs(word["top"] - lowest) <= LINE_PITCH * word["size"]]


def read_region(
    words: list[dict],
    number: int,
    document_id: str,
    heads: dict[int, list[dict]] | None = None,
    above: list[dict] | None = None,
) -> list[Table]:
    """One flagged region's tables (two or more where the header is printed again over more rows, as a list of
    payments sets each batch under its own), none when its words do not make a table of data. ``above``: the line
    over the region, read as the names of groups of its columns where it is one (:func:`_grouped_header`)."""
    size = max(sorted(word["size"] for word in words)[len(words) // 2], 6.0)
    lines = _without_text_after(_lines(words), size)
    if len(lines) < 1 + MIN_ROWS:
        return []
    columns = _columns(lines, size)
    if len(columns) < MIN_COLUMNS:
        return []
    head = _header_lines(lines, columns, size)
    header = _cells(lines[:head], columns)
    if (joined := _unnamed_columns_joined(columns, header, size)) != columns:
        columns, header = joined, _cells(lines[:head], joined)
    if _names_apart_from_cells(header, _cells(lines[head:], columns)) and (
        at_names := _columns_at_name_starts(lines, head, size)
    ):
        columns, header = at_names, _cells(lines[:head], at_names)
    if head == 2 and _group_names_under(lines, columns, size):
        header = _spread_group_name(lines, columns, header)
    elif above:
        header = _grouped_header(above, columns, header)
    if sum(bool(cell) for cell in header) < MIN_COLUMNS:
        return []
    unnamed = len(header) - max(index for index, cell in enumerate(header) if cell) - 1
    if unnamed >= UNNAMED_BESIDE:
        # columns right of the header with no name over them: another table set beside this one
        cut = columns[len(columns) - unnamed][0] - 1
        return read_region([word for word in words if word["x1"] <= cut], number, document_id, heads)
    groups = _row_groups(lines[head:], columns, size)
    tables: list[Table] = []
    top = lines[0].top
    batch: list[list[_Line]] = []
    for group in [*groups, []]:
        if group and not _repeats(_cells(group, columns), header):
            batch.append(group)
            continue
        table = _table(header, batch, columns, top, number, document_id)
        if table is not None:
            tables.append(table)
            if heads is not None:
                heads[id(table)] = [word for line in lines[:head] for word in line.words]
        batch = []
        top = group[0].top if group else top
    return tables


def _without_text_after(lines: list[_Line], size: float) -> list[_Line]:
    """The region's lines without those closing it that are one phrase running across where a column's name
    starts: text after the table ('Accounts to be approved', the caption of the next list of payments; 'The bank
    reconciliation and quarterly report were received'), whose words would close the gutters between the columns,
    or one phrase set in a larger type than the table (:func:`_set_larger`). A cell's wrapped line stays inside its
    column."""
    # (a turned header name stands inside its column, not at its left edge: a type size of slack)
    starts = [
        phrase[0]["x0"] - (phrase[0]["size"] if phrase[0].get("turned") else 0)
        for phrase in (_phrases(lines[0].words)[1:] if lines else [])
    ]
    while len(lines) > 1 + MIN_ROWS and _one_phrase(last := lines[-1]):
        across = any(last.words[0]["x0"] < start - 1 and last.words[-1]["x1"] > start + size for start in starts)
        if not across and not _set_larger(last, lines[:-1]):
            break
        lines = lines[:-1]
    return lines


LARGER_TYPE = 0.5  # points: a line's type this much larger than every line above it is set apart from them


def _set_larger(line: _Line, above: list[_Line]) -> bool:
    """A line set in a larger type than every line above it, header and rows alike: the minute's text going on
    after the table ('Motion carried.' in the minute's 9 points under a vote grid set in 8), not its last row (a
    table's total is set in its body's size, bold at most)."""
    sizes = [word["size"] for other in above for word in other.words]
    return bool(sizes) and min(word["size"] for word in line.words) >= max(sizes) + LARGER_TYPE


def _unnamed_columns_joined(
    columns: list[tuple[float, float]], header: list[str], size: float
) -> list[tuple[float, float]]:
    """The columns with a strip no name stands over, between named ones, joined to the named column beside it
    when that one stands close and much closer than the other: figures set right of their column's name, a
    gutter's width past it ('VAT' over '0.0' standing 8 points to its right, 'Comments' 37 points further)."""
    joined = list(columns)
    index = 1
    while index < len(joined) - 1:
        if header[index] or not (header[index - 1] and header[index + 1]):
            index += 1
            continue
        before, after = joined[index][0] - joined[index - 1][1], joined[index + 1][0] - joined[index][1]
        if before <= MAX_UNNAMED_GAP * size and before <= UNNAMED_CLOSER * after:
            joined[index - 1 : index + 1] = [(joined[index - 1][0], joined[index][1])]
            header = [*header[:index], *header[index + 1 :]]
        elif after <= MAX_UNNAMED_GAP * size and after <= UNNAMED_CLOSER * before:
            joined[index : index + 2] = [(joined[index][0], joined[index + 1][1])]
            header = [*header[:index], *header[index + 1 :]]
        else:
            index += 1
    return joined


def _grouped_header(above: list[dict], columns: list[tuple[float, float]], header: list[str]) -> list[str]:
    """The header with the names of the line over it joined to the columns each is centred over ('2023/24 Target',
    '2023/24 Actual'), as :func:`agendaparse.stream_tables.names_under_groups` rules (no title, unit or name over
    one column); else the header as it is."""
    groups = [
        (" ".join(word["text"] for word in phrase), (phrase[0]["x0"], phrase[-1]["x1"]))
        for phrase in _phrases(sorted(above, key=lambda word: word["x0"]))
    ]
    return stream_tables.names_under_groups(groups, columns, header) or header


def _names_apart_from_cells(header: list[str], body: list[str]) -> bool:
    """Columns read from the gutters that part names from their cells: cells with no name over them, right of
    the first column's name. A short table's names set left over cells set right leaves a gutter between each
    name and its cells (a long one's varied widths, or camelot's alignment, close it)."""
    return bool(header[0]) and any(cell and not name for name, cell in zip(header, body, strict=True))


def _columns_at_name_starts(lines: list[_Line], head: int, size: float) -> list[tuple[float, float]] | None:
    """The columns as the names set at their cells' left edges give them: each from where its name starts to
    where the next one's does. None when a cell's words run across where a name starts (names set centred or
    right, not at the cells' left edge) or a column holds no cell."""
    starts: list[float] = []
    for phrase in sorted((p for line in lines[:head] for p in _phrases(line.words)), key=lambda p: p[0]["x0"]):
        if not starts or phrase[0]["x0"] > starts[-1] + size:
            starts.append(phrase[0]["x0"])
        elif any(phrase[0]["x0"] < start - 1 < phrase[-1]["x1"] for start in starts[1:]):
            return None
    left = min(starts[0], *(word["x0"] for line in lines for word in line.words))
    right = max(word["x1"] for line in lines for word in line.words)
    bounds = [left, *starts[1:], right]
    columns = [(start, end - 1) for start, end in zip(bounds, bounds[1:], strict=False)]
    body = [word for line in lines[head:] for word in line.words]
    slack = NAME_PADDING * size  # a cell set right may run into its left padding, a little left of its name
    if len(columns) < MIN_COLUMNS or any(
        word["x0"] < start - slack < word["x1"] for word in body for start in starts[1:]
    ):
        return None
    filled = {_column_of(word, columns) for word in body}
    return columns if len(filled) == len(columns) else None


def _repeats(row: list[str], header: list[str]) -> bool:
    """A row that is the header printed again: most of its words are the header's, and the header's its."""
    words, names = set(" ".join(row).lower().split()), set(" ".join(header).lower().split())
    return len(names) >= MIN_COLUMNS and len(words & names) >= REPEATED_HEADER * len(words | names)


def _table(
    header: list[str],
    groups: list[list[_Line]],
    columns: list[tuple[float, float]],
    top: float,
    number: int,
    document_id: str,
) -> Table | None:
    groups = _without_footnotes(groups, columns)
    rows = [row for row in (_cells(group, columns) for group in groups) if any(row)]
    if not groups or not _is_data(header, rows):
        return None
    words = [word for group in groups for line in group for word in line.words]
    x0 = min(min(word["x0"] for word in words), columns[0][0])
    x1 = max(max(word["x1"] for word in words), columns[-1][1])
    bbox = (round(x0, 1), round(top, 1), round(x1, 1), round(max(word["bottom"] for word in words), 1))
    return Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=list(header),
        rows=rows,
        page_start=number,
        page_end=number,
        bbox=bbox,
        provenance=Provenance(document=document_id, page=number, bbox=bbox, method=UNRULED_WORDS),
    )


FOOTNOTE_MARK_RE = re.compile(r"[*†‡§]{1,3}")


def _without_footnotes(groups: list[list[_Line]], columns: list[tuple[float, float]]) -> list[list[_Line]]:
    """The rows without the notes printed under the table ('* Diary = scheduled agenda item'): last rows keyed
    by a footnote's mark alone; and, under rows that each fill the first column, a last line of one cell
    elsewhere (the title of what comes next, 'MUSEUM RESERVES PLAN')."""
    while groups and FOOTNOTE_MARK_RE.fullmatch(_cells(groups[-1], columns)[0]):
        groups = groups[:-1]
    if len(groups) > MIN_ROWS and _caption_after(groups, columns):
        groups = groups[:-1]
    return groups


def _caption_after(groups: list[list[_Line]], columns: list[tuple[float, float]]) -> bool:
    last = _cells(groups[-1], columns)
    if len(groups[-1]) > 1 or sum(bool(cell) for cell in last) != 1 or last[0]:
        return False
    return all(_cells(group, columns)[0] for group in groups[:-1])


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines (sharing a vertical middle), top to bottom, left to right."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if lines and abs(middle - (lines[-1].top + lines[-1].bottom) / 2) <= 0.4 * word["size"]:
            lines[-1].words.append(word)
            lines[-1].bottom = max(lines[-1].bottom, word["bottom"])
        else:
            lines.append(_Line([word], word["top"], word["bottom"], False))
    for line in lines:
        line.words = _without_overprint(sorted(line.words, key=lambda w: w["x0"]))
        line.bold = all(re.search(r"bold|black|heavy", word.get("fontname", ""), re.I) for word in line.words)
    return lines


def _without_overprint(words: list[dict]) -> list[dict]:
    """A line's words without those set over others in another size (text a cell's fill hides, read all the
    same: a row's label repeated under the next row): two words of one line never share their width."""
    sizes = [round(word["size"]) for word in words]
    usual = max(set(sizes), key=sizes.count)
    hidden = {
        round(word["size"])
        for word, other in zip(words, words[1:], strict=False)
        if other["x0"] < word["x1"] - 0.5 * min(word["x1"] - word["x0"], other["x1"] - other["x0"])
        for word in (word, other)
        if round(word["size"]) != usual
    }
    return [word for word in words if round(word["size"]) not in hidden] if hidden else words


def _columns(lines: list[_Line], size: float) -> list[tuple[float, float]]:
    """The strips the words fill, between gutters (nearly) no line crosses, left to right; a strip only the
    header's names fill is a column too (one left empty, 'Notes')."""
    left = int(min(word["x0"] for line in lines for word in line.words))
    right = int(max(word["x1"] for line in lines for word in line.words)) + 1
    counts = [0] * (right - left + 1)
    named = [False] * len(counts)  # the header line's words: a column may hold nothing but its name
    for line in lines:
        covered = [False] * len(counts)
        for word in line.words:
            for x in range(int(word["x0"]) - left + 1, int(word["x1"]) - left):
                covered[x] = True
        for x, hit in enumerate(covered):
            counts[x] += hit
        if line.top < lines[0].bottom:  # the header's first line, and a name set a little lower beside it
            named = [a or b for a, b in zip(named, covered, strict=True)]
    allowed = int(GUTTER_SHARE * len(lines))
    columns: list[tuple[float, float]] = []
    start: int | None = None
    gap = 0
    starts = {x for line in lines if line.top < lines[0].bottom for x in _name_starts(line, size, left)}
    for x, count in enumerate(counts):
        if count > allowed or named[x]:
            if start is None:
                start = x
            elif gap >= MIN_GUTTER * size or (gap >= MIN_NAMED_GUTTER * size and x in starts):
                columns.append((start + left, x - gap + left))
                start = x
            gap = 0
        elif start is not None:
            gap += 1
    if start is not None:
        columns.append((start + left, len(counts) - gap + left))
    return columns


def _name_starts(line: _Line, size: float, left: int) -> set[int]:
    """The x offsets (from ``left``) at which the header line's phrases start, give or take a point."""
    starts: set[int] = set()
    previous = None
    for word in line.words:
        if previous is None or word["x0"] - previous["x1"] > PHRASE_GAP * size:
            starts |= {int(word["x0"]) - left + shift for shift in (-1, 0, 1, 2)}
        previous = word
    return starts


def _column_of(word: dict, columns: list[tuple[float, float]]) -> int:
    """The column a word's middle lies in (in a gutter: the last column starting left of it)."""
    middle = (word["x0"] + word["x1"]) / 2
    index = 0
    for column, (start, _) in enumerate(columns):
        if start - 1 <= middle:
            index = column
    return index


def _filled(line: _Line, columns: list[tuple[float, float]]) -> set[int]:
    return {_column_of(word, columns) for word in line.words}


def _header_lines(lines: list[_Line], columns: list[tuple[float, float]], size: float) -> int:
    """How many lines the header takes: its first line, and the lines close under it set in its weight that
    go on with its cells (a wrapped name), not a heading alone in the first column."""
    if _group_names_under(lines, columns, size):
        return 2
    count = 1
    while count < min(HEADER_LINES, len(lines) - MIN_ROWS):
        line, above = lines[count], lines[count - 1]
        filled = _filled(line, columns)
        if line.top - above.bottom > 0.6 * size or line.bold != lines[0].bold:
            break
        if not lines[0].bold and any(len(word["text"]) > 12 for word in line.words):
            break
        if filled == {0} and len(columns) > 1:
            break  # a heading alone in the first column ('Funding and investment') opens the body
        if any(SUM_WITH_PENCE_RE.fullmatch(word["text"]) for word in line.words):
            break  # a sum with its pence ('463.20') is a row's, never a column's name
        count += 1
    return count


GROUP_LINE_GAP = 1.5  # type sizes: a header's second line of a group's column names under its first (a rule between)


def _group_names_under(lines: list[_Line], columns: list[tuple[float, float]], size: float) -> bool:
    """A header of two lines in one bold type, the second the names of a group of columns ('Internal control
    objective | Agreed?' over 'Yes | No* | Not covered**'): the first names the first column and the group over the
    group's first column, the second every column right of it; a rule between them may set them further apart than
    a wrapped name's lines."""
    if len(lines) < 2 + MIN_ROWS or len(columns) < MIN_COLUMNS:
        return False
    first, second = lines[0], lines[1]
    if not (first.bold and second.bold) or second.top - first.bottom > GROUP_LINE_GAP * size:
        return False
    named, under = _filled(first, columns), _filled(second, columns)
    group = max(named, default=0)
    return (
        0 in named
        and 0 not in under
        and len(named) >= 2
        and min(under, default=0) == group
        and under == set(range(group, len(columns)))
        and len(under) >= 2
    )


def _spread_group_name(lines: list[_Line], columns: list[tuple[float, float]], header: list[str]) -> list[str]:
    """The header of :func:`_group_names_under` with the group's name over each of its columns ('Agreed? Yes',
    'Agreed? No*'), as the ruled reader spreads a spanning name (stop 26)."""
    first, second = _cells(lines[:1], columns), _cells(lines[1:2], columns)
    group = max(index for index, cell in enumerate(first) if cell)
    return [f"{first[group]} {second[index]}" if index >= group else header[index] for index in range(len(header))]


def _row_groups(lines: list[_Line], columns: list[tuple[float, float]], size: float) -> list[list[_Line]]:
    """The body's lines in rows. A row opens after a gap wider than the lines of a cell, where the weight turns
    (a bold heading row), where a column whose cell ended higher up in the row has text again (cells are set
    from the row's top, so a cell that goes on after a gap of lines is the next row's), and, in a table set
    tight with no gaps between rows, at each line filling two or more columns."""
    # the pitch of a cell's lines: the tightest between lines a line's height apart or more (no tighter than a
    # line set solid, no looser than set with a little leading: rows set apart by padding only have none)
    steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    leading = min([step for step in steps if step >= LINE_PITCH * size] + [MAX_LEADING * size])
    ratings = _rating_columns(lines, columns)
    lines = [piece for band in _bands(lines, size) for piece in _split_at_ratings(band, ratings, columns)]
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    spaced = _set_apart(lines, pitches, leading, columns)
    # rows set tight under short keys in the first column (a year, a reference): a line without one goes on
    # with its row (rows set apart keep a row's sub-rows apart, as the space says)
    keyed = not spaced and _short_keys(lines, columns)
    groups: list[list[_Line]] = []
    row_filled: set[int] = set()
    above: set[int] = set()
    for index, line in enumerate(lines):
        filled = _filled(line, columns)
        if not groups:
            new = True
        else:
            # a column whose cell ended higher up has text again: the next row, when its first column or most of
            # the row's columns start again (one or two cells going on after a blank line: a new paragraph)
            again = (filled - above) & row_filled
            restarts = 0 in again or len(again) >= max(2, RESTARTED_SHARE * len(row_filled))
            # space before a line of one cell the row already has (not the first): that cell's next paragraph
            paragraph = len(filled) == 1 and 0 not in filled and filled <= row_filled
            gap = pitches[index - 1] > ROW_GAP * leading and not paragraph
            new = gap or line.bold != lines[index - 1].bold or restarts
            new = new or (not spaced and len(filled) >= 2)
            new = new or (_figure_key(line, columns) and _figure_key(groups[-1][0], columns))
            if keyed and 0 not in filled and line.bold == lines[index - 1].bold:
                new = False  # rows keyed in the first column: a line without a key goes on with its row
            new = new or bool(filled & ratings & row_filled)  # a second rating in one row: the next (sub-)row
        if new:
            groups.append([line])
            row_filled = set()
        else:
            groups[-1].append(line)
        row_filled |= filled
        above = filled
    return [[part for band in group for part in band.parts] for group in groups]


MAX_RATING_CHARS = 3  # a rating's cell ('M', 'H', 'Yes', '3')


def _rating_columns(lines: list[_Line], columns: list[tuple[float, float]]) -> set[int]:
    """Columns (not the first) whose cells are each one short word, a rating ('H', 'M', 'L') or a tick, on
    several lines: such a cell never wraps, so a row holds one, and a second opens the next (sub-)row."""
    cells: dict[int, list[str]] = {}
    for line in lines:
        for word in line.words:
            cells.setdefault(_column_of(word, columns), []).append(word["text"])
    per_line: dict[int, int] = {}
    for line in lines:
        for column in _filled(line, columns):
            per_line[column] = per_line.get(column, 0) + 1
    return {
        column
        for column, texts in cells.items()
        if column > 0
        and per_line[column] >= MIN_KEYS + 1
        and len(texts) == per_line[column]
        and all(len(text) <= MAX_RATING_CHARS for text in texts)
    }


FIGURE_KEY_RE = re.compile(r"\d{1,4}(?:[./]\d{1,4})*\.?")


def _figure_key(line: _Line, columns: list[tuple[float, float]]) -> bool:
    """The line's first-column text is a figure key ('2027', '3.1'): under a row keyed by a figure, the next row
    (a key never wraps onto a second line)."""
    key = " ".join(word["text"] for word in line.words if _column_of(word, columns) == 0)
    return bool(FIGURE_KEY_RE.fullmatch(key))


def _short_keys(lines: list[_Line], columns: list[tuple[float, float]]) -> bool:
    """The first column holds short keys ('2024', 'Nov25.01', 'R3') on a few lines, and most lines none."""
    keys = [
        " ".join(word["text"] for word in line.words if _column_of(word, columns) == 0)
        for line in lines
        if 0 in _filled(line, columns)
    ]
    short = all(len(key) <= MAX_KEY_CHARS and len(key.split()) <= 2 for key in keys)
    return short and MIN_KEYS <= len(keys) < len(lines) - len(keys)


def _bands(lines: list[_Line], size: float) -> list[_Line]:
    """Lines closer than a line's height taken together, as the lines of one row whose cells are set
    centred in its height ('M' beside a cell of two lines); one band to each line elsewhere."""
    bands: list[_Line] = []
    for line in lines:
        if bands and line.top - bands[-1].parts[-1].top < LINE_PITCH * size:
            band = bands[-1]
            band.words = [*band.words, *line.words]
            band.bottom = max(band.bottom, line.bottom)
            band.bold = band.bold and line.bold
            band.parts.append(line)
        else:
            bands.append(_Line(list(line.words), line.top, line.bottom, line.bold, [line]))
    return bands


def _split_at_ratings(band: _Line, ratings: set[int], columns: list[tuple[float, float]]) -> list[_Line]:
    """A band holding two ratings of one column is two (sub-)rows set centred in their heights: parted midway
    between the ratings' lines (a line just at the middle, a cell spanning both, stays above)."""
    rated = [part for part in band.parts if _filled(part, columns) & ratings]
    if len(rated) < 2:
        return [band]
    cuts = [(a.top + b.top) / 2 + MIDWAY_SLACK for a, b in zip(rated, rated[1:], strict=False)]
    pieces: list[list[_Line]] = [[] for _ in range(len(cuts) + 1)]
    for part in band.parts:
        pieces[sum(part.top > cut for cut in cuts)].append(part)
    return [_joined(parts) for parts in pieces if parts]


MIDWAY_SLACK = 1.0  # points below the middle between two ratings' lines where the lower (sub-)row starts


def _joined(parts: list[_Line]) -> _Line:
    words = [word for part in parts for word in part.words]
    bold = all(part.bold for part in parts)
    return _Line(words, parts[0].top, max(part.bottom for part in parts), bold, list(parts))


def _set_apart(lines: list[_Line], pitches: list[float], leading: float, columns: list[tuple[float, float]]) -> bool:
    """Rows set apart by space: gaps wider than the lines of a cell, and the lines between them (a row's wrapped
    lines) mostly leave the first column empty; in a table of one line to a row, set tight, every line fills
    it, and a wider gap parts sections, not rows."""
    gaps = [index for index, pitch in enumerate(pitches) if pitch > ROW_GAP * leading]
    if not gaps:
        return False
    inside = [line for index, line in enumerate(lines[1:]) if index not in gaps]
    return sum(0 in _filled(line, columns) for line in inside) < 0.5 * max(len(inside), 1)


def _cells(lines: list[_Line], columns: list[tuple[float, float]]) -> list[str]:
    cells: list[list[str]] = [[] for _ in columns]
    if len(lines) == 1 and _one_phrase(lines[0]) and len(_filled(lines[0], columns)) > 1:
        # a heading set across the columns ('Significant Risks (over £10m)'): in the column it starts in
        cells[_column_of(lines[0].words[0], columns)] = [" ".join(word["text"] for word in lines[0].words)]
        return [clean_cell("\n".join(cell)) for cell in cells]
    for line in lines:
        parts: dict[int, list[str]] = {}
        for phrase in _phrases(line.words):
            spanned = {_column_of(word, columns) for word in phrase}
            if len(spanned) >= SPANNING_COLUMNS:  # a cell merged across columns ('Not applicable to ...')
                parts.setdefault(min(spanned), []).extend(word["text"] for word in phrase)
                continue
            for word in phrase:
                parts.setdefault(_column_of(word, columns), []).append(word["text"])
        for column, texts in parts.items():
            cells[column].append(" ".join(texts))
    return [clean_cell("\n".join(cell)) for cell in cells]


def _phrases(words: list[dict]) -> list[list[dict]]:
    """A line's words in phrases: apart where the gap is wider than a word space."""
    phrases: list[list[dict]] = []
    for word in words:
        if phrases and word["x0"] - phrases[-1][-1]["x1"] <= PHRASE_GAP * word["size"]:
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return phrases


def _one_phrase(line: _Line) -> bool:
    return all(b["x0"] - a["x1"] <= PHRASE_GAP * a["size"] for a, b in zip(line.words, line.words[1:], strict=False))


def _is_data(header: list[str], rows: list[list[str]]) -> bool:
    """Rows under column names: enough of them, most filling two cells or more, the body unlike the header
    (a list of names set in columns has no header: its first line reads as its rows do), not a layout."""
    if len(rows) < MIN_ROWS or not _names_columns(header):
        return False
    full = sum(sum(bool(cell) for cell in row) >= 2 for row in rows)
    keyed = sum(bool(FIGURE_KEY_RE.fullmatch(row[0])) and not any(row[1:]) for row in rows)
    if full < MIN_ROWS or full + keyed < 0.5 * len(rows):
        return False  # a row of a key alone ('2027': nothing that year) is a row too, not a line of text
    filled = [sum(bool(row[column]) for row in rows) for column in range(len(header))]
    if sum(count > 0 for count in filled) < MIN_COLUMNS:
        return False
    if _reads_as_rows(header, rows) or _timed(header, rows) or _minutes_in_columns(header, rows):
        return False
    return not _not_a_data_table([header, *rows])


MINUTES_GRID_COLUMNS = 4  # item, minute text, action, due: a register or a log of more columns is data


def _minutes_in_columns(header: list[str], rows: list[list[str]]) -> bool:
    """Minutes set in columns with no rules ('Item | Discussion | Action', at most a due or notes column more): a
    column headed as minute text beside numbered items. The minutes stage reads them; split into lines here, their
    cells look short enough for a log."""
    if len(header) > MINUTES_GRID_COLUMNS:
        return False
    if not any(MINUTES_COLUMN_HEAD_RE.fullmatch(name.strip()) for name in header[1:]):
        return False
    keys = [row[0] for row in rows if row and row[0]]
    return bool(keys) and sum(bool(MINUTE_NUMBER_RE.fullmatch(key)) for key in keys) >= 0.8 * len(keys)


def _names_columns(header: list[str]) -> bool:
    """Column names: a few words each, most capitalised (a row of a table going on from the page before
    starts mid-sentence), not an attendance block's 'Present' and not an agenda's running order."""
    names = [cell for cell in header if cell]
    if any(len(name.split()) > MAX_HEADER_WORDS for name in names):
        return False
    attendance = [name.lower().rstrip(":. ") in ATTENDANCE_HEADERS | {"councillors"} for name in names]
    if attendance[0] or sum(attendance) >= len(names) / 2:
        return False  # who was there, set in columns ('Councillors | Officers | Also present')
    if any(name[0].islower() for name in names):
        return False
    if any(len(name) == 1 and name.isalpha() for name in names):
        return False  # a rating ('M', 'H'): a row of a table going on from the page before, not its header
    return sum(name.lower() in AGENDA_NAMES for name in names) < 2


def _timed(header: list[str], rows: list[list[str]]) -> bool:
    """A column of clock times ('13:30 – 13:35') on many rows: an agenda's running order. A column named as
    money ('VAT' over '0.00', 'Total £' over '10.30') holds sums, not times."""
    return any(
        sum(bool(CLOCK_RE.match(row[column])) for row in rows) >= 0.3 * len(rows)
        for column in range(len(rows[0]) if rows else 0)
        if not (column < len(header) and MONEY_NAME_RE.search(header[column]))
    )


def _reads_as_rows(header: list[str], rows: list[list[str]]) -> bool:
    """The first line is one more row: names with titles ('Cllr A Smith') or cells of the same kind and
    length as the cells under them, in every column."""
    names = [cell for cell in header if cell]
    if sum(bool(TITLE_RE.match(cell)) for cell in names) >= 2:
        return True
    for column, name in enumerate(header):
        below = [row[column] for row in rows if row[column]]
        if not name or not below:
            continue
        numeric = sum(stream_tables.is_numeric(cell) for cell in below) >= 0.5 * len(below)
        longer = sum(len(cell.split()) for cell in below) / len(below) >= 2 * len(name.split())
        short = sum(len(cell) <= 3 for cell in below) >= 0.5 * len(below) and len(name) > 3
        if numeric != stream_tables.is_numeric(name) or longer or short:
            return False  # the cells under a name differ from it: it names its column
    return True


# A table of words going on over the next page with no header printed again: the page's lines read under the
# header of the table above (its names where they were), kept only when they fall into the same columns.
CONTINUATION_TOP = 0.25  # of the page's height: the rows going on start above this
HEADER_SPACE = 1.0  # type sizes between the header set over the rows and their first line (a header ends there)
LEFT_SLACK = 20.0  # points: rows starting further left than the table are not its rows
BODY_END_GAP = 3.0  # type sizes: a wider gap between lines ends the rows


@dataclass
class _Carried:
    """The table a page may go on with: its header's words (where they were printed) and its left edge."""

    header_words: list[dict]
    header: list[str]
    left: float


def continued_word_tables(
    source, found: list[Table], pages: list, document_id: str, password: str | None, heads: dict[int, list[dict]]
) -> list[Table]:
    """Tables of words (read under a header line, see :func:`read_region`) going on over the pages after them
    with no header printed again: a page holding no table, whose lines from its top read as rows of the same
    columns under the table's header; each such page may be followed by another."""
    layouts = {page.number: page for page in pages}
    held = {number for table in found for number in range(table.page_start, (table.page_end or table.page_start) + 1)}

    def free(number: int) -> bool:
        return number in layouts and number not in held and layouts[number].has_text_layer

    last = {number: table for number, table in _last_word_tables(found).items() if free(number + 1)}
    if not last:
        return []
    read: list[Table] = []
    geometry = _pdfium_document(source, password)
    for number, table in sorted(last.items()):
        carry = _carried(table, heads.get(id(table)))
        following = number + 1
        while carry is not None and free(following):
            going_on = _read_going_on(
                carry, _page_words(source, following, password, geometry), layouts[following], document_id
            )
            if going_on is None:
                break
            read.append(going_on)
            held.add(following)
            following += 1
    if geometry is not None:
        geometry.close()
    return read


def _page_words(source, number: int, password: str | None, geometry) -> list[dict]:
    with plumber_pages.open_pages(source, [number], password) as opened:
        page = opened[0]
        if geometry is not None:
            _read_objects_with_pdfium(geometry, page)
        view = _visible(page)
        words = with_turned_words(
            view.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"]), view.chars
        )
        page.close()
    return words


def _last_word_tables(found: list[Table]) -> dict[int, Table]:
    """The last table on each page when it is a table of words read under its header line."""
    last: dict[int, Table] = {}
    for table in sorted(found, key=lambda t: (t.page_end or t.page_start, (t.bbox or (0, 0, 0, 0))[3])):
        last[table.page_end or table.page_start] = table
    return {number: table for number, table in last.items() if table.provenance.method == UNRULED_WORDS}


def _carried(table: Table, header_words: list[dict] | None) -> _Carried | None:
    """What a table of words carries over a page: its header's words as read (see :func:`read_region`)."""
    if table.bbox is None or not header_words:
        return None
    return _Carried(header_words, list(table.header), table.bbox[0])


def _read_going_on(carry: _Carried, words: list[dict], page, document_id: str) -> Table | None:
    """The rows at the top of a page read under the carried header: a table of the same columns, or None."""
    body = _body_from_top(page)
    if not body:
        return None
    top, bottom = body[0].top, max(line.bottom for line in body)
    inside = [w for w in words if top - 2 <= (w["top"] + w["bottom"]) / 2 <= bottom + 2]
    if not inside or min(word["x0"] for word in inside) < carry.left - LEFT_SLACK:
        return None
    size = max(sorted(word["size"] for word in inside)[len(inside) // 2], 6.0)
    header_bottom = max(word["bottom"] for word in carry.header_words)
    shift = top - HEADER_SPACE * size - header_bottom
    moved = [{**word, "top": word["top"] + shift, "bottom": word["bottom"] + shift} for word in carry.header_words]
    tables = read_region(moved + inside, page.number, document_id)
    if not tables or tables[0].header != carry.header:
        return None
    table = tables[0]
    rows_words = [word for word in inside if word["top"] >= top - 2]
    table.bbox = (
        round(min(table.bbox[0], min(word["x0"] for word in rows_words)), 1),
        round(top, 1),
        round(max(table.bbox[2], max(word["x1"] for word in rows_words)), 1),
        round(max(word["bottom"] for word in rows_words), 1),
    )
    table.provenance.bbox = table.bbox
    return table


def _body_from_top(page) -> list:
    """A page's lines from the first, when it is near the top, down to a wide gap."""
    lines = page.body_lines()
    if not lines or lines[0].top > CONTINUATION_TOP * page.height:
        return []
    body = [lines[0]]
    for line in lines[1:]:
        if line.top - body[-1].bottom > BODY_END_GAP * max(line.size, body[-1].size, 8.0):
            break
        body.append(line)
    return body
