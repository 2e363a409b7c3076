"""Item numbers and page numbers OCR passed over, read again.

Tesseract's page layout analysis often leaves a column of item numbers standing apart from the titles beside them
unread ("1." to "8." of a scanned agenda's list gone, every title kept), or reads it as one tall nonsense line
running down the column ("RRO DNAKAWNHE" for 1 to 11) with a low confidence. The numbers are what segmentation
cuts items by. So, on a page read upright: ink standing left of a line, on that line's row, that no confident word
covers is cut out and read again as a single line of its own (all such marks of the page in one Tesseract run); a
reading that is an item number or letter ("1.", "12", "7.2", "11.25.01", "77/21", "a)", "(iv)") joins the front of
its line. Anything else read there (a bullet, a tick, a speck, a word of another column) is left as it was. The
last unread mark right of a line on its row (an agenda's column of page numbers at the right margin, "9" beside
"4. Annual complaints report") is read the same way and kept as a line of its own when it is a page number or range.

Boxes are in the picture's pixels here and in points (``72 / dpi``) on the lines handed in and out.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .tesseract import INK_LEVEL, image_data_many

if TYPE_CHECKING:
    from .pdf import Line

# what an item number or letter reads as: 1. 12 7.2 11.25.01 77/21 1772. a) (b) iv. (OCR reads "4." as "4,"); a
# letter stands alone only with its stop or bracket (a lone "I" or "l" is a rule or a speck read as a letter)
MARKER_RE = re.compile(r"\(?(?:\d{1,4}(?:[./]\d{1,3}){0,3}[.,:)]?|(?:[a-zA-Z]|[ivxIVX]{1,5})[.)])\)?")
# a page number or range standing alone at the right of an agenda line: 9, 155, 1 - 10
PAGE_NUMBER_RE = re.compile(r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?")
# a whole item number read again as digits and its stop alone: '1.', '12', '7)'
NUMBER_MARK_RE = re.compile(r"\(?(\d{1,3})[.,:)]?")
DIGITS = "-c tessedit_char_whitelist=0123456789.)"
# how a mark that read as no number is read again, in turn, until a reading gives one: as a line, with more paper
# round it, as a word, as a raw line ('7' read '' in the first three ways and '7' in the last)
DIGIT_READINGS = (
    (f"--psm 7 {DIGITS}", 8),
    (f"--psm 7 {DIGITS}", 16),
    (f"--psm 8 {DIGITS}", 24),
    (f"--psm 13 {DIGITS}", 24),
)
MIN_CONFIDENCE = 40.0  # a word read less surely than this on its own line is taken as unread ink
MAX_REACH = 1.6  # inches left of a line within which a mark belongs to it
MAX_MARK_WIDTH = 6.0  # line heights: "11.25.01" is about five
MIN_INK_PIXELS = 2  # a pixel column with fewer ink pixels in the band is paper (specks)
MIN_MARK_INK = 0.03  # of a line height squared: the ink of a "1." at 200 dpi is about 0.1
PAD = 8  # pixels of paper round a mark's crop: Tesseract reads a glyph touching the edge poorly


Reading = tuple["Line", float, list["Line"]]


def with_recovered_markers(image: Any, lines: list[Reading], dpi: int) -> list[Reading]:
    """``lines`` (an upright reading of ``image``: each line with its confidence and its words) with the item numbers
    standing unread left of them read again and joined on, and the nonsense lines Tesseract made of such a column
    dropped. Unchanged when there is nothing to read again."""
    if not lines:
        return lines
    import numpy as np

    scale = dpi / 72
    median = statistics.median(line.bottom - line.top for line, _, _ in lines)
    kept = [line for line in lines if not _unread(line, median)]
    ink = np.asarray(image.convert("L")) < INK_LEVEL
    height = median * scale
    if height <= 0:
        return lines
    covered = ink & ~_rules(ink, height)
    for line, _, words in kept:
        for word in words or [line]:
            box = _pixels(word, scale, ink.shape)
            covered[box[1] : box[3], box[0] : box[2]] = False
    marks: list[tuple[int, tuple[int, int, int, int]]] = []
    page_numbers: dict[tuple[int, int, int, int], int] = {}
    for index, (line, _, words) in enumerate(kept):
        box = _pixels(line, scale, ink.shape)
        crop = None if words and MARKER_RE.fullmatch(words[0].text) else _mark_left_of(covered, box, height, dpi)
        if crop is not None and not _beside_a_read_line(crop, line, [other for other, _, _ in kept], scale):
            marks.append((index, crop))
        crop = _mark_right_of(covered, box, height)
        if crop is not None:
            page_numbers.setdefault(crop, index)
    # a mark standing left of one line and right of another on its row (a grid's figure before the words of the
    # next cell) is the first line's number, or nothing; never a page number as well
    page_numbers = {
        crop: index for crop, index in page_numbers.items() if not any(_meet(crop, mark) for _, mark in marks)
    }
    misread = _misread_numbers(kept, median)
    if not marks and not page_numbers and not misread and len(kept) == len(lines):
        return lines
    beside = [*((crop, index) for index, crop in marks), *page_numbers.items()]  # each mark and its line
    crops = [_in_row(crop, _pixels(kept[index][0], scale, ink.shape)) for crop, index in beside]
    readings = _read_marks(image, crops) if crops else []
    recovered = list(kept)
    unsure = [
        (index, crop) for (index, crop), text in zip(marks, readings, strict=False) if not MARKER_RE.fullmatch(text)
    ]
    unsure += [(index, _pixels(kept[index][2][0], scale, ink.shape)) for index in misread]
    opening = {index: line.text.split(" ", 1)[0] for index, (line, _, _) in enumerate(kept)}
    opening.update({index: text for (index, _), text in zip(marks, readings, strict=False) if text})
    numbers = _numbers_in_sequence(image, unsure, opening) if unsure else {}
    for (index, crop), text in zip(marks, readings, strict=False):
        if text and MARKER_RE.fullmatch(text):
            recovered[index] = _joined(recovered[index], as_printed_marker(text), crop, scale)
        elif index in numbers:
            recovered[index] = _joined(recovered[index], numbers[index], crop, scale)
    for index in misread:
        if index in numbers:
            recovered[index] = _first_word_replaced(recovered[index], numbers[index])
    for (crop, index), text in zip(page_numbers.items(), readings[len(marks) :], strict=True):
        if PAGE_NUMBER_RE.fullmatch(text):
            recovered.append(_page_number_line(text, crop, kept[index], scale))
    return recovered


def _meet(one: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    """Whether two boxes (pixels) overlap."""
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]


def _misread_numbers(kept: list[Reading], height: float) -> list[int]:
    """The lines whose first word is a scrap of one or two characters that is no item number, standing a column
    apart from the words after it ('iG   Finance' for '7   Finance' in a minutes grid's number column): an item
    number misread, to be read again as digits (:func:`_numbers_in_sequence` keeps it only in the page's run); a
    scrap of three with a mark among them is one too ('ts;' for '7.', its stop read as the semicolon)."""
    return [
        index
        for index, (line, _, words) in enumerate(kept)
        if len(words) >= 2
        and (len(words[0].text) <= 2 or len(words[0].text) == 3 and not words[0].text.isalnum())
        and not MARKER_RE.fullmatch(words[0].text)
        and words[1].x0 - words[0].x1 >= height
        and line.text.startswith(words[0].text)
    ]


def _first_word_replaced(reading: Reading, marker: str) -> Reading:
    line, confidence, words = reading
    first = words[0]
    text = marker + line.text[len(first.text) :]
    bold_end = None if line.bold_end is None else line.bold_end + len(marker) - len(first.text)
    return replace(line, text=text, bold_end=bold_end), confidence, [replace(first, text=marker), *words[1:]]


def _numbers_in_sequence(
    image: Any, marks: list[tuple[int, tuple[int, int, int, int]]], opening: dict[int, str]
) -> dict[int, str]:
    """The marks read as no item number ('(l' for '1.', '|' for '2.', 'a' for '7.': a lone digit is what Tesseract
    reads worst) read again as digits and stops only, with more paper round them and as a word or a raw line when a
    reading gives none (:data:`DIGIT_READINGS`); a reading is kept when it is the number after the one the nearest
    numbered line above opens with, or before the one of the nearest below (``opening``: what each line, by its
    index, opens with or the mark left of it read as), or one so kept ('1.' and '2.' over '3. Minutes' are both
    read), as a bullet or a speck read as a digit seldom is."""
    known = {index: int(match[1]) for index, text in opening.items() if (match := NUMBER_MARK_RE.fullmatch(text))}
    readings: dict[int, set[int]] = {index: set() for index, _ in marks}
    kept: dict[int, str] = {}
    for config, pad in DIGIT_READINGS:
        left = [(index, crop) for index, crop in marks if index not in kept]
        if not left:
            break
        texts = _read_marks(image, [crop for _, crop in left], config=config, pad=pad)
        for (index, _), text in zip(left, texts, strict=False):
            if number := NUMBER_MARK_RE.fullmatch(text):
                readings[index].add(int(number[1]))
        while more := {
            index: value
            for index, values in readings.items()
            if index not in kept
            for value in values
            if _in_run(index, value, known)
        }:
            for index, value in more.items():
                kept[index] = f"{value}."
                known[index] = value
    return kept


def _in_run(index: int, value: int, known: dict[int, int]) -> bool:
    """Whether ``value`` follows the number of the nearest numbered line above line ``index`` or comes before the
    number of the nearest below."""
    above = max((at for at in known if at < index), default=None)
    below = min((at for at in known if at > index), default=None)
    return (above is not None and known[above] + 1 == value) or (below is not None and known[below] - 1 == value)


def _page_number_line(text: str, crop: tuple[int, int, int, int], row: Reading, scale: float) -> Reading:
    from .pdf import Line

    line, confidence, _ = row
    number = Line(text, crop[0] / scale, line.top, crop[2] / scale, line.bottom, size=line.size)
    return number, confidence, [number]


def _beside_a_read_line(crop: tuple[int, int, int, int], line: Line, others: list[Line], scale: float) -> bool:
    """Whether a line read on ``line``'s row ends at or past the mark's left edge: the mark is then the edge of a
    word already read (a glyph's ink past its box), or lies between two cells of a row read apart."""
    mark_x0 = crop[0] / scale
    for other in others:
        overlap = min(other.bottom, line.bottom) - max(other.top, line.top)
        if other is not line and overlap > 0.5 * (line.bottom - line.top) and mark_x0 - 2 <= other.x1 <= line.x0:
            return True
    return False


def _rules(ink: Any, height: float) -> Any:
    """The pixels of ruling: ink running on straight down for three line heights or across for six (a table's
    rule between an item's number and its title is no mark of the title's line)."""
    import cv2
    import numpy as np

    image = ink.astype(np.uint8)
    down = cv2.morphologyEx(image, cv2.MORPH_OPEN, np.ones((max(int(3 * height), 3), 1), np.uint8))
    across = cv2.morphologyEx(image, cv2.MORPH_OPEN, np.ones((1, max(int(6 * height), 3)), np.uint8))
    return (down | across).astype(bool)


def _unread(reading: Reading, height: float) -> bool:
    """A line Tesseract made of marks it could not read: a scrap of one to three characters read with little
    confidence that is no item number ('ve' for '1.'), or a column of marks read as one line running down the page
    (words narrower than the line is tall, in a line over twice as tall as the page's lines: 'a fF Oo bf' for 2 to
    5). ``height``: the median line height, in points."""
    line, confidence, words = reading
    text = line.text.replace(" ", "")
    if len(text) <= 3 and confidence < MIN_CONFIDENCE and not MARKER_RE.fullmatch(text):
        return True
    tall = line.bottom - line.top
    stacked = any(len(word.text) >= 2 and word.x1 - word.x0 < tall / 1.5 for word in words)
    return stacked and tall > 2 * height and len(text) <= 20


def _pixels(box: Line, scale: float, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    height, width = shape[:2]
    return (
        max(0, int(box.x0 * scale) - 2),
        max(0, int(box.top * scale) - 2),
        min(width, int(box.x1 * scale) + 3),
        min(height, int(box.bottom * scale) + 3),
    )


def _mark_left_of(
    covered: Any, line: tuple[int, int, int, int], height: float, dpi: int
) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the unread ink nearest left of ``line`` on its row, when it is mark-sized and stands on
    that row alone (ink reaching well above or below the row is a rule, a picture or another column's text)."""
    x0, top, _, bottom = line
    return _last_mark(covered, (max(0, x0 - int(MAX_REACH * dpi)), top, x0, bottom), height)


def _mark_right_of(covered: Any, line: tuple[int, int, int, int], height: float) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the last unread ink right of ``line`` on its row (an agenda's page-number column at the
    right-hand margin), when it is mark-sized and stands on that row alone."""
    _, top, x1, bottom = line
    return _last_mark(covered, (x1, top, covered.shape[1], bottom), height)


def _last_mark(covered: Any, region: tuple[int, int, int, int], height: float) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the rightmost run of unread ink in ``region`` of ``covered`` (its columns of ink no
    further apart than most of a line height), when it stands alone (:func:`_standing_alone`). A speck's run (a
    scan's fleck of dust right of an agenda's '3 - 8', too little ink for a mark) is passed over for the run left
    of it."""
    left, top, right_edge, bottom = region
    band = covered[top:bottom, left:right_edge]
    if band.size == 0:
        return None
    columns = [int(column) for column in (band.sum(axis=0) >= MIN_INK_PIXELS).nonzero()[0]]
    gap = max(int(0.8 * height), 2)
    while columns:
        right = start = columns.pop()
        while columns and start - columns[-1] <= gap:
            start = columns.pop()
        if int(band[:, start : right + 1].sum()) >= MIN_MARK_INK * height * height:
            return _standing_alone(covered, band, (start, right), (left, top, bottom), height)
    return None


def _standing_alone(
    covered: Any, band: Any, span: tuple[int, int], origin: tuple[int, int, int], height: float
) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the ink of ``band`` (rows ``top`` to ``bottom`` of ``covered`` from column ``left`` on)
    between columns ``span``, when it is mark-sized, more than a speck, and stands on its row alone."""
    start, right = span
    left, top, bottom = origin
    if right - start > MAX_MARK_WIDTH * height:
        return None
    if int(band[:, start : right + 1].sum()) < MIN_MARK_INK * height * height:
        return None  # a few pixels: a speck, or the edge of a glyph standing past its word's box
    mark_x0, mark_x1 = left + start, left + right + 1
    rows = _ink_rows(covered[:, mark_x0:mark_x1], top, bottom)
    if rows is None:
        return None
    reach = 0.5 * height
    if rows[0] < top - reach or rows[1] > bottom + reach:
        return None  # the ink runs on past the row: a rule, a picture, another column's text
    return mark_x0, rows[0], mark_x1, rows[1]


def _ink_rows(strip: Any, top: int, bottom: int) -> tuple[int, int] | None:
    """The first and last pixel rows (end exclusive) of the runs of inked rows in ``strip`` that reach into rows
    ``top`` to ``bottom``: a mark's own extent, apart from the marks of the rows above and below."""
    inked = strip.any(axis=1)
    if not inked[top:bottom].any():
        return None
    first = top + int(inked[top:bottom].nonzero()[0][0])
    last = top + int(inked[top:bottom].nonzero()[0][-1])
    while first > 0 and inked[first - 1]:
        first -= 1
    while last + 1 < len(inked) and inked[last + 1]:
        last += 1
    return first, last + 1


def _in_row(crop: tuple[int, int, int, int], row: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """``crop`` reaching from the top to the foot of its line's ``row`` at least: a small letter read in a box of its
    own ink alone has no line to stand in, and Tesseract takes it for a capital ('c.' read 'G' on a scan of the
    ODUG minutes, its sub-item lost)."""
    return crop[0], min(crop[1], row[1]), crop[2], max(crop[3], row[3])


def _read_marks(
    image: Any, crops: list[tuple[int, int, int, int]], config: str = "--psm 7", pad: int = PAD
) -> list[str]:
    from PIL import ImageOps

    grey = image.convert("L")
    pictures = [ImageOps.expand(grey.crop(crop), border=pad, fill=255) for crop in crops]
    texts = []
    for data in image_data_many(pictures, config=config):
        words = [] if data is None else [word for word in data["text"] if word.strip()]
        texts.append("".join(words))
    return texts


def as_printed_marker(text: str) -> str:
    """An item number as printed: OCR's comma or colon after a number is its full stop."""
    return re.sub(r"(\d)[,:]$", r"\1.", text)


def _joined(reading: Reading, marker: str, crop: tuple[int, int, int, int], scale: float) -> Reading:
    from .pdf import Line

    line, confidence, words = reading
    x0 = crop[0] / scale
    mark = Line(marker, x0, line.top, crop[2] / scale, line.bottom, size=line.size)
    bold_end = None if line.bold_end is None else len(marker) + 1 + line.bold_end
    marked = replace(line, text=f"{marker} {line.text}", x0=min(x0, line.x0), bold_end=bold_end)
    return marked, confidence, [mark, *words]
