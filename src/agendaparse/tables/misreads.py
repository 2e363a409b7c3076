"""What OCR misreads in a scanned table's cells, mended by the column they stand in.

Tesseract reads a cell's picture with no idea of its column: a reference 'A1' comes back 'Al', a list of references
'SO1, SO2' comes back '$01, S02', a count '2' comes back 'Z', a sum '£1,200.00' comes back '£1,2OO.OO'. Each mender
here looks at a whole column first and changes a cell only when the column shows what its cells are (most of them
already read as references, counts or sums) and the whole cell reads as a misread one, so a word is never made a
number.
"""

from __future__ import annotations

import re
from collections import Counter

REFERENCE_RE = re.compile(r"([A-Z]{1,3})(\d{1,3})")
# a reference as OCR misreads it: its number's digits taken for letters ('Al' for A1, 'AS' for A5, 'BlO', 'Dg' for D9)
MISREAD_REFERENCE_RE = re.compile(r"([A-Z]{1,3}?)([\dlIOSg]{1,3})")
REFERENCE_DIGITS = str.maketrans("lIOSg", "11059")
MIN_REFERENCE_SHARE = 0.6  # of a column's filled cells read as references, for its misread ones to be mended


def reference_digits(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the references of a reference column ('A1', 'A2', ...) that OCR misread mended: a cell of a
    prefix the column's references use and a number with letters for digits ('Al', 'AS') gets its digits."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        cells = [row[column] for row in rows if column < len(row) and row[column]]
        prefixes = {match[1] for cell in cells if (match := REFERENCE_RE.fullmatch(cell))}
        if not prefixes or sum(bool(REFERENCE_RE.fullmatch(cell)) for cell in cells) < MIN_REFERENCE_SHARE * len(cells):
            continue
        for row in mended:
            misread = MISREAD_REFERENCE_RE.fullmatch(row[column]) if column < len(row) else None
            if misread and misread[1] in prefixes and not misread[2].isdigit():
                row[column] = misread[1] + misread[2].translate(REFERENCE_DIGITS)
    return mended


# a count or score of one to three digits ('4', '12'), and as OCR misreads one: letters for its digits ('Z' for 2,
# 'i.' for 1, 'O' for 0), a speck after it
COUNT_RE = re.compile(r"\d{1,3}")
MISREAD_COUNT_RE = re.compile(r"([\dZzlIi|OoSB]{1,3})[.,']?")
COUNT_DIGITS = str.maketrans("ZzlIi|OoSB", "2211110058")
MIN_COUNT_SHARE = 0.6  # of a column's filled cells read as counts, for its misread ones to be mended


def count_digits(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the counts of a column of counts or scores ('Likelihood (1-5)': '4', '3', ...) that OCR misread
    mended: a cell of one to three characters each a digit or a letter OCR takes for one ('Z', 'i.') gets its
    digits. Only in a column whose filled cells are mostly counts already, so a word is never made a number."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
        if not cells or sum(bool(COUNT_RE.fullmatch(cell)) for cell in cells) < MIN_COUNT_SHARE * len(cells):
            continue
        for row in mended:
            misread = MISREAD_COUNT_RE.fullmatch(row[column].strip()) if column < len(row) else None
            if misread:
                row[column] = misread[1].translate(COUNT_DIGITS)
    return mended


def mended_cells(rows: list[list[str]]) -> list[list[str]]:
    """Body rows with their references, lists of references, counts, sums of money and bullets as OCR misread them
    mended."""
    rows = reference_lists(dotted_references(reference_digits(rows)))
    return trailing_specks(bullet_glyphs(money_digits(count_digits(numbered_in_turn(rows)))))


# a quarter's column name ('Q1' .. 'Q4', with a year at times: 'Q1 2024/25', '2024/25 Q3'), and the first quarter as
# OCR misreads it, its '1' taken for a letter or a bar ('Qi', 'QI', 'Ql', 'Q|')
QUARTER_RE = re.compile(r"(?<!\S)(?:\S++\s+)?Q[1-4](?:\s+\S++)?")  # from a word's start, words whole: linear
QUARTER_WORD_RE = re.compile(r"(?<!\S)Q([1-4])(?!\S)")
MISREAD_FIRST_QUARTER_RE = re.compile(r"(?<!\S)Q[iIl|](?!\S)")
MIN_QUARTERS_READ = 2  # other quarters read clean in the header, for a misread first one to be mended


def quarter_names(header: list[str]) -> list[str]:
    """A header with its first quarter's name mended where OCR misread its digit ('Qi   Q2   Q3   Q4', '2024/25 Qi'):
    only when the header names other quarters ('Q2', 'Q3') and none is 'Q1' already."""
    quarters = {match[1] for cell in header for match in QUARTER_WORD_RE.finditer(cell)}
    if len(quarters - {"1"}) < MIN_QUARTERS_READ or "1" in quarters:
        return header
    return [MISREAD_FIRST_QUARTER_RE.sub("Q1", cell) for cell in header]


# a digit as OCR misreads it when a row's number stands alone in a tall cell: '4' read as 'a', '9' as 'q'
LETTER_FOR_DIGIT = {"a": "4", "A": "4", "q": "9", "g": "9", "s": "5", "S": "5", "b": "6", "G": "6", "Z": "2", "l": "1"}
MIN_IN_TURN = 2  # rows numbered in turn above a misread one ('2', '3', then 'a')


def numbered_in_turn(rows: list[list[str]]) -> list[list[str]]:
    """Rows with a misread number of a column numbered in turn ('1', '2', '3', 'a') mended: a cell of one letter OCR
    takes for a digit, under at least two numbers in turn, that is the next number ('a' for 4 after '3'); where a row
    under it follows on, it must be the number after ('5', or none): a sub-item 'a' under '3' before 'b' stays."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        cells = [row[column].strip() if column < len(row) else "" for row in rows]
        for index, cell in enumerate(cells):
            digit = LETTER_FOR_DIGIT.get(cell)
            if digit is None or index < MIN_IN_TURN:
                continue
            above = cells[index - MIN_IN_TURN : index]
            if not all(value.isdigit() for value in above) or int(above[-1]) - int(above[0]) != MIN_IN_TURN - 1:
                continue
            below = next((value for value in cells[index + 1 :] if value), None)
            if str(int(above[-1]) + 1) == digit and (below is None or below == str(int(digit) + 1)):
                mended[index][column] = cells[index] = digit
    return mended


DOTTED_RE = re.compile(r"(\d{1,2})\.(\d{1,2})")
MIN_DOTTED_SHARE = 0.6  # of a column's filled cells read as sub-numbers ('1.1', '2.3'), for a lost point to be put back


def dotted_references(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the sub-numbers of a numbered plan's reference column whose point OCR lost mended: '12' between
    '1.1' and '2.1' is '1.2', the number after the one above it in the same section, and '21' over '2.2' is '2.1',
    the one before the one below (a tall white cell's short reference reads without its point); a section's own
    number misread ('4' over '1.1') is the section the row under it opens."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        # the column's references but bare numbers (a section's own '1', a lost point's '12'); a heading set across
        # the column in the same cell is no reference
        cells = [row[column] for row in rows if column < len(row) and re.fullmatch(r"[\w.]{1,6}", row[column])]
        cells = [cell for cell in cells if not cell.isdigit()]
        dotted = sum(bool(DOTTED_RE.fullmatch(cell)) for cell in cells)
        if dotted < 2 or dotted < MIN_DOTTED_SHARE * len(cells):
            continue
        column_cells = [row[column] if column < len(row) else "" for row in mended]
        for index, cell in enumerate(column_cells):
            if not re.fullmatch(r"\d{2,3}", cell):
                continue
            above = DOTTED_RE.fullmatch(column_cells[index - 1]) if index else None
            below = DOTTED_RE.fullmatch(column_cells[index + 1]) if index + 1 < len(column_cells) else None
            guesses = [(int(above[1]), int(above[2]) + 1)] if above else []
            guesses += [(int(below[1]), int(below[2]) - 1)] if below and int(below[2]) > 1 else []
            for section, number in guesses:
                if cell == f"{section}{number}":
                    mended[index][column] = column_cells[index] = f"{section}.{number}"
                    break
        for index, cell in enumerate(column_cells[:-1]):
            below = DOTTED_RE.fullmatch(column_cells[index + 1])
            if re.fullmatch(r"\d", cell) and below and below[2] == "1" and len(below[1]) == 1:
                mended[index][column] = below[1]  # a section's number over its first sub-number ('1.1')
    return mended


# a speck OCR reads after a cell's last word, set apart by a space ('Fleet Manager *', 'schools :', 'quarter ©')
TRAILING_SPECK_RE = re.compile(r"\s+[:*©-]$")


def trailing_specks(rows: list[list[str]]) -> list[list[str]]:
    return [[TRAILING_SPECK_RE.sub("", cell) for cell in row] for row in rows]


# a bullet as OCR misreads it: a round dot taken for a cent sign, a guillemet, a copyright or degree sign
MISREAD_BULLETS = "¢«©°"
MISREAD_BULLET_RE = re.compile(rf"(?:^|(?<=\s))([{MISREAD_BULLETS}])\s+(?=[A-Z])")


def bullet_glyphs(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the bullets of a column of bulleted lists that OCR read as another sign mended ('¢ Recruit six more
    therapists ¢ Clear the waiting list'): where one sign opens a cell and opens a capital's word again in it, or
    opens two cells of the column, every such sign of the column before a capital is a bullet."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        cells = [row[column] for row in rows if column < len(row) and row[column]]
        openers = Counter(match[1] for cell in cells if (match := MISREAD_BULLET_RE.match(cell)))
        signs = {
            sign
            for sign, count in openers.items()
            if count >= 2 or any(MISREAD_BULLET_RE.match(cell) and cell.count(sign) >= 2 for cell in cells)
        }
        pattern = re.compile(rf"(?:^|(?<=\s))[{re.escape(''.join(sorted(signs)))}]\s+(?=[A-Z])") if signs else None
        for row in mended:
            if pattern is not None and column < len(row):
                row[column] = pattern.sub("\u2022 ", row[column])
    return mended


# a sum of money as OCR misreads it: letters for digits ('£1,2OO.OO', '£l50.00') and specks stuck to its ends
# ('_£1,587.20'); the sum has its pence, so a word is never taken for one
# (read by fullmatch; the lookbehind tries a run of rule marks or figures from its start only: a search stays linear)
MISREAD_MONEY_RE = re.compile(
    r"(?<![_.,'`|~\dOolIS])[_.,'`|~]*+([£€$]?\s?[\dOolIS]{1,3}(?:,[\dOolIS]{3})*\.[\dOolIS]{2})[_'`|~]*"
)
MONEY_DIGITS = str.maketrans("OolIS", "00115")


def money_digits(rows: list[list[str]]) -> list[list[str]]:
    """Rows with their sums of money mended: a cell that is a misread sum with two digits or more read as
    digits gets its letters for digits made digits and the specks at its ends dropped."""
    return [[mended_money(cell) for cell in row] for row in rows]


def mended_money(cell: str) -> str:
    misread = MISREAD_MONEY_RE.fullmatch(cell)
    if misread is None or sum(char.isdigit() for char in misread[1]) < 2:
        return cell
    return misread[1].translate(MONEY_DIGITS)


# a reference read clean: capital letters and a number with no leading zero ('SO1', 'CP12', 'R3')
CLEAN_REFERENCE_RE = re.compile(r"([A-Z]{1,3})([1-9]\d{0,2})")
# the glyphs OCR reads for a reference's capital letter ('$01' for SO1, '503', 'S$03', '804')
LETTER_MISREADS = {"S": "$§58", "O": "0Q", "I": "1l|!", "B": "8", "Z": "2", "G": "6"}
MAX_REFERENCE_CHARS = 8  # an item longer than this is a word or a code, not a misread reference
MIN_CLEAN_REFERENCES = 2  # read clean with the column's prefix, for its other items to be read as its references
MAX_OTHER_PREFIXES = 0.1  # clean references of other prefixes, as a share of the column prefix's, it may hold
MIN_LIST_SHARE = 0.6  # of a column's filled cells wholly a list of its references, for its cells to be mended
ITEM_RE = re.compile(r"[^\s,;]+")


def reference_lists(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the lists of references of a reference column ('Shared Outcome': 'SO1, SO2, SO3') that OCR
    misread mended: '$01, S02, SO 3, 505' becomes 'SO1, SO2, SO3, SO5'. Where :func:`reference_digits` mends one
    reference a cell whose prefix is printed right, in a column of any prefixes, this reads the prefix too, in a
    column of one. The column's prefix is the one its cleanly read references share; a cell is mended only when every
    item in it reads as a reference of that prefix, each letter as itself or a glyph OCR takes for it (doubled, as
    'S$0' or 'SO0', or the first letters lost, as '01'), then a number with no leading zero."""
    mended = [list(row) for row in rows]
    for column in range(max((len(row) for row in rows), default=0)):
        cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
        prefix = _column_prefix(cells)
        if prefix is None:
            continue
        head = _prefix_pattern(prefix)
        lists = {cell: _as_references(cell, prefix, head) for cell in cells}
        if sum(read is not None for read in lists.values()) < MIN_LIST_SHARE * len(cells):
            continue
        for row in mended:
            if column < len(row) and (read := lists.get(row[column])) is not None:
                row[column] = read
    return mended


def _column_prefix(cells: list[str]) -> str | None:
    """The prefix a column's cleanly read references share ('SO' of 'SO1', 'SO3'), if they share one. A column of
    codes of several prefixes (polling districts 'RW85', 'RWB90', 'REW51') has none: there a misread code could be
    read as a code of another prefix ('RW86' taken for RWB6 under 'RWB90')."""
    counted = Counter(
        match[1] for cell in cells for item in ITEM_RE.findall(cell) if (match := CLEAN_REFERENCE_RE.fullmatch(item))
    )
    if not counted:
        return None
    prefix, clean = counted.most_common(1)[0]
    head = _prefix_pattern(prefix)
    others = sum(count for other, count in counted.items() if not head.fullmatch(other))  # 'SOO4' is SO4 misread
    if clean < MIN_CLEAN_REFERENCES or others > MAX_OTHER_PREFIXES * clean:
        return None
    return prefix


def _prefix_pattern(prefix: str) -> re.Pattern[str]:
    """The prefix as OCR may read it: each letter one or more times as itself or a glyph taken for it; the letters
    before the last may be lost."""
    classes = [f"[{re.escape(letter + letter.lower() + LETTER_MISREADS.get(letter, ''))}]+" for letter in prefix]
    return re.compile("".join(f"(?:{letters})?" for letters in classes[:-1]) + classes[-1])


def _as_references(cell: str, prefix: str, head: re.Pattern[str]) -> str | None:
    """The cell with each item written as the reference it reads as, its separators kept; None unless every item
    reads as one (an item's letters and number parted by a space, 'SO 3', are one item)."""
    spans = [(item.start(), item.end()) for item in ITEM_RE.finditer(cell)]
    if not spans:
        return None
    parts, written, index = [], 0, 0
    while index < len(spans):
        start, end = spans[index]
        number = _reference_number(cell[start:end], prefix, head)
        if number is None and index + 1 < len(spans) and spans[index + 1][0] == end + 1:
            number = _reference_number(cell[start:end] + cell[end + 1 : spans[index + 1][1]], prefix, head)
            if number is not None:
                end, index = spans[index + 1][1], index + 1
        if number is None:
            return None
        parts += [cell[written:start], prefix + number]
        written, index = end, index + 1
    return "".join(parts) + cell[written:]


def _reference_number(item: str, prefix: str, head: re.Pattern[str]) -> str | None:
    """The number of a reference ``item`` reads as (its letters matching ``head``), else None. The prefix as
    printed decides first ('SS5' is SS5, not SS55, though 'S' may be a misread '5'), then the shortest letters."""
    if len(item) > MAX_REFERENCE_CHARS:
        return None
    cuts = [len(prefix)] if item[: len(prefix)] == prefix else []
    for cut in [*cuts, *range(1, len(item))]:
        number = item[cut:].translate(COUNT_DIGITS)  # its number's digits as a count's ('SOI' for SO1)
        if number.isdigit() and number[0] != "0" and len(number) <= 3 and head.fullmatch(item[:cut]):
            return number
    return None
