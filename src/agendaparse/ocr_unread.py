"""Words OCR's page layout passed over, read again.

Tesseract's page layout analysis at times leaves a whole column of a table unread (a quarter's figures between the
measures and the next quarter, every other column kept) or a short header word standing alone at a page's right
('Lead' over a column of names). A table's cells are then read into the wrong columns, or its header is lost with
its name. So, on a page read upright: each run of ink that no word covers, as tall as a line of text and standing on
its row alone (no rule, no picture, no speck), is cut out and read again as a line of its own, all such runs of a
page in one Tesseract run; a reading made of confident words that hold a letter or a digit joins the page's lines.

Boxes are in the picture's pixels here and in points (``72 / dpi``) on the lines handed in and out.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .ocr_markers import Reading, _pixels, _rules
from .tesseract import INK_LEVEL, image_data_many

if TYPE_CHECKING:
    from .pdf import Line

MIN_HEIGHT = 0.6  # line heights: a run of ink lower than this is a speck, a rule's stub or a mark
MAX_HEIGHT = 1.6  # line heights: a taller run is a picture, a signature, a logo or two lines run together
MIN_WIDTH = 0.5  # line heights: a narrower run is a lone stroke ('|', a rule's end), not a word
WORD_GAP = 0.6  # line heights: letters of one word and words of one cell stand closer than this
MIN_INK = 0.15  # of the run's box: less is the outline of a shape or a scatter of specks
MAX_INK = 0.6  # of the run's box: more is a filled shape (a punched hole's shadow, a bullet)
MIN_WORD_CONFIDENCE = 70.0  # Tesseract's confidence (0-100) in each word of a run read again
COVER_PAD = 0.25  # line heights of paper round a read word's box that counts as that word's
PAD = 8  # pixels of paper round a run's crop: Tesseract reads a glyph touching the edge poorly


def with_unread_words(image: Any, lines: list[Reading], dpi: int) -> list[Reading]:
    """``lines`` (an upright reading of ``image``: each line with its confidence and its words) with the runs of ink
    no word covers read again (:func:`unread_runs`) and added as lines of their own, each with its words. Unchanged
    when there is nothing to read again."""
    if not lines:
        return lines
    median = statistics.median(line.bottom - line.top for line, _, _ in lines)
    scale = dpi / 72
    runs = unread_runs(image, lines, median * scale, scale)
    if not runs:
        return lines
    placed = list(lines)
    for reading in _readings(image, runs, scale):
        if reading is not None and _on_a_row(reading[0], lines):
            _place(placed, reading)
    return placed


ROW_SHARE = 0.6  # of the shorter one's height, two lines overlap by on one row
SIZE_RATIO = 1.35  # the most a line read again and the line of its row differ in height, either way


def _on_a_row(new: Line, lines: list[Reading]) -> bool:
    """Whether a line read again stands on the row of a line read at first, in print of its height: a cell of a row
    or a margin's note beside its sentence, not a mark of a drawing, a stamp or a hand."""
    height = new.bottom - new.top
    for line, _, _ in lines:
        other = line.bottom - line.top
        overlap = min(line.bottom, new.bottom) - max(line.top, new.top)
        if overlap >= ROW_SHARE * min(height, other) and max(height, other) <= SIZE_RATIO * min(height, other):
            return True
    return False


def _place(lines: list[Reading], reading: Reading) -> None:
    """``reading`` joined onto the end of the line that stands nearest left of it on its row (a margin's initials
    beside their sentence, as Tesseract reads a row across a column's gap: 'to be reviewed   HK'), else put among
    ``lines`` in reading order, before the first line below it or right of it on its row."""
    from .pdf import OCR_COLUMN_GAP

    new, confidence, words = reading
    height = new.bottom - new.top
    row = [
        index
        for index, (line, _, _) in enumerate(lines)
        if min(line.bottom, new.bottom) - max(line.top, new.top) >= 0.5 * min(height, line.bottom - line.top)
    ]
    left = [index for index in row if lines[index][0].x1 <= new.x0]
    if left and not any(lines[index][0].x0 > new.x0 for index in row if index not in left):
        at = max(left, key=lambda index: lines[index][0].x1)
        line, line_confidence, line_words = lines[at]
        gap = "   " if new.x0 - line.x1 > OCR_COLUMN_GAP * (line.bottom - line.top) else " "
        joined = replace(line, text=f"{line.text}{gap}{new.text}", x1=new.x1, bottom=max(line.bottom, new.bottom))
        lines[at] = joined, min(line_confidence, confidence), [*line_words, *words]
        return
    at = next((i for i, (line, _, _) in enumerate(lines) if (line.top, line.x0) > (new.top, new.x0)), len(lines))
    lines.insert(at, reading)


def unread_runs(image: Any, lines: list[Reading], height: float, scale: float) -> list[tuple[int, int, int, int]]:
    """The boxes (pixels) of the runs of ink of ``image`` that no word of ``lines`` covers, each the size of a word
    or a few on one line of print (``height``: the page's median line height in pixels), standing apart."""
    import cv2
    import numpy as np

    if height <= 0:
        return []
    ink = np.asarray(image.convert("L")) < INK_LEVEL
    free = ink & ~_rules(ink, height)
    pad = int(COVER_PAD * height)
    for line, _, words in lines:
        for word in words or [line]:
            x0, y0, x1, y1 = _pixels(word, scale, ink.shape)
            free[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
    joined = cv2.dilate(free.astype(np.uint8), np.ones((1, max(int(WORD_GAP * height), 1)), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    runs = []
    for label in range(1, count):
        x, y, w, h = (int(value) for value in stats[label, :4])
        if not MIN_HEIGHT * height <= h <= MAX_HEIGHT * height or w < MIN_WIDTH * height:
            continue
        share = float(free[y : y + h, x : x + w].mean())
        if MIN_INK <= share <= MAX_INK:
            runs.append((x, y, x + w, y + h))
    return runs


def _readings(image: Any, runs: list[tuple[int, int, int, int]], scale: float) -> list[Reading | None]:
    from PIL import ImageOps

    grey = image.convert("L")
    pictures = [ImageOps.expand(grey.crop(run), border=PAD, fill=255) for run in runs]
    return [
        _reading(data, run, scale) for data, run in zip(image_data_many(pictures, config="--psm 7"), runs, strict=True)
    ]


def _reading(data: dict | None, run: tuple[int, int, int, int], scale: float) -> Reading | None:
    """The line read in one run's crop, with its words placed on the page, when every word of it was read surely and
    one holds a letter or a digit (else None: a shape, a smudge or a stroke read as letters)."""
    from .pdf import Line, _ocr_size

    if data is None:
        return None
    indexes = [i for i, text in enumerate(data["text"]) if text.strip() and float(data["conf"][i]) >= 0]
    if not indexes or min(float(data["conf"][i]) for i in indexes) < MIN_WORD_CONFIDENCE:
        return None
    if not any(char.isalnum() for i in indexes for char in data["text"][i]):
        return None
    top, bottom = run[1] / scale, run[3] / scale
    words: list[Line] = []
    for i in indexes:
        left = run[0] - PAD + data["left"][i]
        words.append(Line(data["text"][i], left / scale, top, (left + data["width"][i]) / scale, bottom))
    text = " ".join(word.text for word in words)
    line = Line(text, words[0].x0, top, words[-1].x1, bottom, size=_ocr_size(text, bottom - top))
    confidence = sum(float(data["conf"][i]) for i in indexes) / len(indexes)
    return line, confidence, words
