"""Cell text: clean_cell and join_cells, words and dates broken by a narrow column, pdfplumber's
cells read without rescanning the page (extract_cells) with labels printed over a grid dropped, and
the marks a table keeps on its rows (spanning rows; the words of a section heading row).
"""

from __future__ import annotations

import bisect
import re

import pdfplumber

from ..hyphens import soft_hyphen_break
from ..models import Table
from ..pdf import SYMBOL_BULLETS
from .broken_words import completed_word, one_word, two_words
from .column_names import COLUMN_NAMES, normalise_header

# A gap wider than this share of the font size is a word space. pdfplumber's fixed 3pt default
# glues words together in tightly set cells ("AStoaction20mphlimit").
WORD_GAP_RATIO = 0.15


def spanning_rows(table: Table) -> set[int]:
    return set(table.spanning_rows)


def _mark_spanning(table: Table, rows: set[int]) -> None:
    table.spanning_rows = sorted(rows)


def merged_down(table: Table) -> set[tuple[int, int]]:
    """The body cells (row, column) the grid prints merged down from the row above (a lead over two rows)."""
    return table._merged_down


def mark_merged_down(table: Table, cells: set[tuple[int, int]]) -> None:
    table._merged_down = set(cells)


MERGE_REACH = 2.0  # points a merged cell's box reaches below the top of a row it covers


def cells_merged_down(boxes_by_row: list[list]) -> set[tuple[int, int]]:
    """Cells of a grid covered by a cell of the row above merged down over them: no box of their own in a row that
    has boxes, the nearest box above in their column reaching below the row's top (pdfplumber gives a vertically
    merged cell's box to its first row only, with its full height). A cell spanning across (no box beside a box of
    its own row's height) is no merge down."""
    merged: set[tuple[int, int]] = set()
    above: dict[int, tuple] = {}  # column -> the last box seen in it
    for row_index, boxes in enumerate(boxes_by_row):
        own = [box for box in boxes if box is not None]
        if not own:
            continue
        top = min(box[1] for box in own)
        for column, box in enumerate(boxes):
            if box is not None:
                above[column] = box
            elif column in above and above[column][3] > top + MERGE_REACH:
                merged.add((row_index, column))
    return merged


# Glyphs of symbol fonts with no character of their own (a tick box, an arrow): nothing to read.
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")


SHORT_WORDS = "a|i|an|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we"
BROKEN_WORD_RE = re.compile(
    rf"(?<=[a-z])\n(?!(?:{SHORT_WORDS})(?:\n|$))(?=[a-z]{{1,2}}(?:\n|$))|(?<=[.A-Za-z]\d)\n(?=\d(?:\n|$))"
    r"|(?<=[A-Za-z0-9]\d\.)\n(?=\d{1,2}(?:\n|$))"
)

MONTH_NAMES = frozenset(("january", "february", "march", "april", "august", "september", "october", "november",
                         "december"))  # fmt: skip
# a month's name broken by a narrow column, its year after ('Septembe' / 'r 2026', 'Septem' / 'ber 2026' where the
# column sets no rule to measure the line against): a line ending in three letters or more and the next opening
# with the letters that complete a month's name
BROKEN_MONTH_RE = re.compile(r"\b([A-Za-z]{3,8})\n([a-z]{1,6})\b")
# a header's name broken by a narrow column with no rule beside it ('Timesc' / 'ale', 'Implementatio' / 'n date'):
# join_broken_name
BROKEN_NAME_RE = re.compile(r"(?<=[A-Za-z])\n(?=[a-z])")
MAX_BROKEN_NAME_CHARS = 40


def _join_broken_month(match: re.Match[str]) -> str:
    return match[1] + match[2] if (match[1] + match[2]).lower() in MONTH_NAMES else match[0]


def join_broken_name(text: str) -> str:
    """A short header cell of a table with no rules that is a column's name once one line break inside a word is
    taken out ('Timesc' / 'ale'), and none with the break read as a space: the break taken out. (A ruled cell is
    judged by the line's reach to its rule, :func:`_rejoin_broken_words`: a name printed with a space, 'Code pr
    ovision', wraps at it short of the rule and keeps it.)"""
    if len(text) > MAX_BROKEN_NAME_CHARS or normalise_header(" ".join(text.split())) in COLUMN_NAMES:
        return text
    for match in BROKEN_NAME_RE.finditer(text):
        joined = text[: match.start()] + text[match.end() :]
        if normalise_header(" ".join(joined.split())).rstrip(".: ") in COLUMN_NAMES:
            return joined
    return text


# a date broken by a narrow column inside its year ('12/10/2' / '023')
BROKEN_DATE_RE = re.compile(r"(\b\d{1,2}[/.]\d{1,2}[/.])(\d{1,3})\n(\d{1,3})\b")


# a line ending in a hyphen or slash (its token and the next line's first word)
HYPHEN_BREAK_RE = re.compile(r"(?<!\S)(\S+[-/])\n(?=(\w+))")
# a suspended hyphen: 'short-' / 'and long-term' keeps its space
SUSPENDED_NEXT = frozenset({"and", "or", "nor"})


def _join_at_break(match: re.Match[str]) -> str:
    """Stop 29's rule for a cell line ending in a hyphen (corpus/gold/README.md): the parts joined, hyphen kept
    ('cross-boundary', 'CD-Roms', '2025-26'), a soft hyphen dropped ('management'), a suspended hyphen's space kept
    ('short- and long-term'); a web address keeps its line break."""
    token, following = match[1], match[2]
    if "://" in token or token.startswith("www."):
        return match[0]
    if token.endswith("-") and following in SUSPENDED_NEXT:
        return token + " "
    if soft_hyphen_break(token, following):
        return token[:-1]
    return token


def clean_cell(value: object) -> str:
    if value is None:
        return ""
    text = PRIVATE_USE_RE.sub("", str(value).replace("\u00ad", "").translate(SYMBOL_BULLETS))
    # broken after a hyphen or slash ('(-' / '1.9', 'Grant/' / 'Taxation'), not at the end of a web address
    text = HYPHEN_BREAK_RE.sub(_join_at_break, text)
    # a word too long for a narrow column, broken without a hyphen: its last letter or two alone on
    # the next line ('Referenc' / 'e', 'Nov20.0' / '1')
    text = BROKEN_WORD_RE.sub("", text)
    text = BROKEN_MONTH_RE.sub(_join_broken_month, text)
    text = BROKEN_DATE_RE.sub(lambda m: m[0].replace("\n", "") if len(m[2] + m[3]) in (2, 4) else m[0], text)
    return " ".join(text.split())


def extract_cells(table, chars: list[dict]) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract`` (same cells, same text), without scanning every glyph of
    the page for every row: glyphs are sorted once by their vertical centre and each row takes its
    band by bisection, then pdfplumber's own test and text assembly run on those few. Two
    differences: a word run on over a rule is read whole in its cell (:func:`_glyphs_by_word`), and
    a word broken inside a narrow column is joined again (:func:`_rejoin_broken_words`)."""
    middles = sorted(((char["top"] + char["bottom"]) / 2, index) for index, char in enumerate(chars))
    keys = [middle for middle, _ in middles]
    box = table.bbox  # a property pdfplumber works out afresh on every access
    x0, top, x1, bottom = box
    band = sorted(index for _, index in middles[bisect.bisect_left(keys, top) : bisect.bisect_left(keys, bottom)])
    table_rows = table.rows  # likewise
    rules = sorted({round(cell[2], 1) for row in table_rows for cell in row.cells if cell is not None} - {round(x1, 1)})
    overprint = _overprint([chars[index] for index in band if _centre_inside(chars[index], box)], rules)
    rows = []
    for row in table_rows:
        x0, top, x1, bottom = row.bbox
        band = sorted(index for _, index in middles[bisect.bisect_left(keys, top) : bisect.bisect_left(keys, bottom)])
        row_chars = [chars[index] for index in band if _centre_inside(chars[index], row.bbox)]
        row_chars = [char for char in row_chars if id(char) not in overprint] if overprint else row_chars
        cells: list[str | None] = []
        given = _glyphs_by_word(row_chars, row.cells)
        for index, cell in enumerate(row.cells):
            if cell is None:
                cells.append(None)
                continue
            inside = given.get(index, [])
            text = (
                pdfplumber.utils.extract_text(_turned_upright(inside), x_tolerance_ratio=WORD_GAP_RATIO)
                if inside
                else ""
            )
            cells.append(_rejoin_broken_words(text, inside, cell) if "\n" in text else text)
        rows.append(cells)
    return rows


def _turned_upright(chars: list[dict]) -> list[dict]:
    """A cell's glyphs, turned upright when most are printed reading upwards: a narrow column's header set up the
    cell (Word's text direction 'bottom to top': 'Target date') reads from its lowest glyph up, its lines advancing
    rightwards, where pdfplumber reads every turned glyph top to bottom ('etad tegraT'). Each glyph's box is turned a
    quarter back (its height along the line, its left edge as its top). Text turned the other way (reading down the
    page) and upright text are as given."""
    printed = [char for char in chars if char["text"].strip()]
    rising = [char for char in printed if not char.get("upright", True) and char["matrix"][1] > 0]
    if 2 * len(rising) <= len(printed):
        return chars
    return [
        char | {"x0": -char["bottom"], "x1": -char["top"], "top": char["x0"], "bottom": char["x1"], "upright": True}
        for char in chars
    ]


def _glyphs_by_word(chars: list[dict], cells: list) -> dict[int, list[dict]]:
    """The glyphs of each cell of a row (by the cell's place in the row): by their centres, as
    pdfplumber gives them, except that a word run on over the rule into the next cell ('Commence'
    | 'd' where a scanned rule crosses the word) goes whole to the cell holding most of it. A
    word is a run of glyphs consecutive in the content stream along one line with no word gap
    (:data:`WORD_GAP_RATIO`) between them."""
    owner: dict[int, int] = {}
    for char in chars:
        for index, cell in enumerate(cells):
            if cell is not None and _centre_inside(char, cell):
                owner[id(char)] = index
                break
    for word in _glyph_runs(chars, WORD_GAP_RATIO, spaces_part=True):
        owners = {owner[id(char)] for char in word if id(char) in owner}
        if len(owners) < 2:
            continue
        widths = dict.fromkeys(owners, 0.0)
        for char in word:
            if id(char) in owner:
                widths[owner[id(char)]] += char["x1"] - char["x0"]
        most = max(sorted(owners), key=widths.__getitem__)
        owner.update(dict.fromkeys((id(char) for char in word), most))
    given: dict[int, list[dict]] = {}
    for char in chars:
        if id(char) in owner:
            given.setdefault(owner[id(char)], []).append(char)
    return given


def _glyph_runs(chars: list[dict], gap_ratio: float, *, spaces_part: bool = False) -> list[list[dict]]:
    """Runs of glyphs consecutive in the content stream along one line, each starting where the last
    ends (a gap of at most ``gap_ratio`` of its size); ``spaces_part``: a space glyph ends a run and
    belongs to none."""
    runs: list[list[dict]] = []
    last: dict | None = None
    for char in chars:
        if spaces_part and char["text"].isspace():
            last = None
            continue
        if (
            last is not None
            and abs(char["top"] - last["top"]) <= 1
            and -0.5 <= char["x0"] - last["x1"] <= gap_ratio * char["size"]
        ):
            runs[-1].append(char)
        else:
            runs.append([char])
        last = char
    return runs


def _rejoin_broken_words(text: str, chars: list[dict], cell: tuple[float, float, float, float]) -> str:
    """Join a word too wide for its column back together: a line holding one word that fills the
    cell to its right padding, where not even the next line's first letter would fit, was broken
    inside the word ('SO1,SO2,SO' / '3,SO4', 'Timescal' / 'e', 'Commence' / 'd Oct 2024'), while
    a line broken at a space leaves room or holds more than one word. A word printed past the
    padding overflows its cell rather than breaking. Only text set flush left is judged: in a
    centred cell the widest line always reaches the padding that it alone measures."""
    lines = text.split("\n")
    if not any(len(line) >= 3 and " " not in line.strip() for line in lines[:-1]) and not any(
        one_word(line.split()[-1], after.split()[0])
        for line, after in zip(lines, lines[1:], strict=False)
        if line.split() and after.split()
    ):
        return text  # no line of one word that could have been broken, nor a line's last word
    bands = [
        band
        for band in pdfplumber.utils.cluster_objects(
            [char for char in chars if char["text"].strip()], lambda char: char["top"], tolerance=3
        )
        if band
    ]
    if len(bands) != len(lines):
        return text
    padding = max(0.0, min(char["x0"] for char in chars) - cell[0])
    right = cell[2] - padding
    out = lines[0]
    for index in range(1, len(lines)):
        line, band = lines[index - 1].strip(), sorted(bands[index - 1], key=lambda char: char["x1"])
        following = sorted(bands[index], key=lambda char: char["x0"])
        rest = lines[index].strip()
        gap = right - band[-1]["x1"]
        # set flush left (centred lines of text all reach the padding the widest sets)
        flush_left = abs(min(char["x0"] for char in band) - following[0]["x0"]) <= 1
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        letter = following[0]["x1"] - following[0]["x0"]
        broken = flush_left and (
            broken_inside_word(line, rest, gap, letter, slack=1, below=below)
            or _last_word_broken(line, rest, gap, letter)
        )
        out += ("" if broken else "\n") + lines[index]
    return out


def _last_word_broken(line: str, rest: str, gap: float, letter: float, slack: float = 1) -> bool:
    """A line of words whose last word, a word too wide for the column, was broken where the line filled the cell
    ('Finance and Res' / 'ources', 'Community Engag' / 'ement'): the line reaches the padding as
    :func:`broken_inside_word` measures, and the English word list holds the two halves joined and not the rest alone
    (broken_words.one_word)."""
    words, after = line.split(), rest.split()
    return (
        len(words) >= 2
        and bool(after)
        and len(words[-1]) >= MIN_BROKEN_PART
        and -slack <= gap <= letter + slack
        and one_word(words[-1], after[0])
    )


# letters a word broken at a line's end keeps on the line: fewer are a word printed apart ('Code pr ovision', a header's
# letters spaced out in the text layer, read as printed: tests/test_tables_round56.py)
MIN_BROKEN_PART = 3


def broken_inside_word(line: str, rest: str, gap: float, letter: float, slack: float, below: str = "") -> bool:
    """A cell's line of one word was broken inside the word, the rest of it opening the next line: the line fills
    the cell to its right padding (``gap`` to it) where not even the next line's first letter (``letter`` wide)
    would fit, give or take ``slack``, and the two read as one word's halves, not two words or a column's name.
    Two English words that join into none were wrapped at the space between them ('Behind' / 'schedule'), also where
    the next line's word is itself broken (``below``, the line after it: 'Target' / 'comple' / 'tion date')."""
    return (
        len(line.split()) == 1
        and len(line) >= 3
        and line[-1] not in ",;:.-–/"
        and rest[:1].isalnum()
        and not _new_word(line, rest)
        and not two_words(line, completed_word(rest.split()[0], below))
        and not _column_name_at_space(line, rest)
        and -slack <= gap <= letter + slack  # full, yet not overflowing
    )


# columns a log prints that no plan field reads: when and where the action was raised ('Meeting' / 'date' in a
# narrow column of an NHS board's log)
LOG_COLUMN_NAMES = frozenset({
    "meeting date", "date raised", "date added", "date logged", "date opened", "date agreed", "date of meeting",
    "minute ref", "minute reference",
})  # fmt: skip


def _column_name_at_space(line: str, rest: str) -> bool:
    """The line and the next line's first word make a column's name ('Completion' / 'date', 'Lead' /
    'officer', 'Meeting' / 'date'): a header wrapped at its space, not a word broken."""
    name = normalise_header(f"{line} {rest.split()[0]}")
    return name in COLUMN_NAMES or name in LOG_COLUMN_NAMES


# an amount set whole: grouped thousands or a currency sign, pence or cents after the point ('$609,045.59', '£1,200')
WHOLE_AMOUNT_RE = re.compile(r"[(£$€]{0,2}\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?\)?|[(]?[£$€]\d+(?:\.\d{1,2})?\)?")


def _new_word(line: str, rest: str) -> bool:
    """The next line starts a word of its own, whatever room the line left: a capital or a figure
    after a small letter ('Shared' / 'Outcome', 'Between' / '2029-32'), a figure under a figure
    or an acronym under an acronym (values stacked in one cell: '0.965' / '0.969', 'OTSL' / 'HTML'),
    words after an amount set whole ('$609,045.59' / 'closure costs': a note under its figure)."""
    after = rest.split()[0]
    return (
        (line[-1].islower() and not rest[0].islower())
        or (line[-1].isdigit() and rest[0].isdigit())
        or (line.isalpha() and line.isupper() and after.isalpha() and after.isupper())
        or (rest[0].isalpha() and WHOLE_AMOUNT_RE.fullmatch(line) is not None)
    )


def _overprint(chars: list[dict], rules: list[float]) -> set[int]:
    """Ids of the glyphs of a label printed over a table: a run of text (consecutive in the content
    stream, along one baseline) that crosses the rule between two columns and lies on other glyphs
    (a band label 'Significant Risks (over £10m)' repeated over the first row of each page).
    A glyph drawn twice to embolden it lies on the same letter, which is not a label."""
    if not rules or len(chars) < 2:
        return set()
    runs = _glyph_runs(chars, LABEL_RUN_GAP_RATIO)
    crossing = [run for run in runs if len(run) >= 4 and any(_runs_over(run, rule) for rule in rules)]
    if not crossing:
        return set()
    cell = 8.0
    buckets: dict[tuple[int, int], list[dict]] = {}
    for char in chars:
        buckets.setdefault((int(char["x0"] // cell), int(char["top"] // cell)), []).append(char)

    def covered(char: dict) -> bool:
        bx, by = int(char["x0"] // cell), int(char["top"] // cell)
        return any(
            other is not char and other["text"] != char["text"] and _overlaps(char, other)
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for other in buckets.get((bx + dx, by + dy), ())
        )

    dropped: set[int] = set()
    for run in crossing:
        if sum(map(covered, run)) >= 2:
            dropped |= {id(char) for char in run}
    return dropped


# glyphs of one label set along a line stand at most this share of their size apart (its word spaces included)
LABEL_RUN_GAP_RATIO = 2.0
# a gap between two glyphs of a label as wide as this share of their size at most (a word space): the label runs on
# over a rule in it; the gap a cell's padding leaves each side of a rule is wider
LABEL_GAP_RATIO = 0.5


def _runs_over(run: list[dict], rule: float) -> bool:
    """The run of glyphs is printed on over the rule: a glyph lies across it or a word space holds it, not the gap
    between the text of two cells either side of it ('Insecure funding' | 'The 2025-26 core budget' set one after the
    other on one line, each in its own cell)."""
    if not run[0]["x0"] + 2 < rule < run[-1]["x1"] - 2:
        return False
    return any(
        before["x0"] < rule < after["x1"] and after["x0"] - before["x1"] <= LABEL_GAP_RATIO * after["size"]
        for before, after in zip(run, run[1:], strict=False)
    )


def _overlaps(a: dict, b: dict) -> bool:
    """Two glyphs sharing at least half of the smaller one's box."""
    width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
    return width > 0 and height > 0 and width * height >= 0.5 * smaller > 0


def _centre_inside(char: dict, bbox: tuple[float, float, float, float]) -> bool:
    """pdfplumber's test: the glyph's centre lies in the box, right and bottom edges excluded."""
    v_mid = (char["top"] + char["bottom"]) / 2
    h_mid = (char["x0"] + char["x1"]) / 2
    return bbox[0] <= h_mid < bbox[2] and bbox[1] <= v_mid < bbox[3]


def cell_head(text: str, limit: int) -> str:
    """The first ``limit`` characters of a cell, cut at a space so no word is broken; a reading that
    needs only a cell's opening (a date, a status) stays cheap on a cell of thousands of characters."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    return head if text[limit].isspace() else head.rpartition(" ")[0] or head


def join_cells(upper: str, lower: str) -> str:
    return f"{upper} {lower}".strip() if upper and lower else upper or lower


BULLET_RE = re.compile(r"(?:^|(?<!\s)\s++)[•●▪■◦]\s+")  # spaces read from their first: linear on long runs


SECTION_WORDS = 10
