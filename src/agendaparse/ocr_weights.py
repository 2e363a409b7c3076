"""Bold type on a page read by OCR, told from the width of its strokes.

Tesseract gives no font of a word, and a text layer's readers lean on weight: a minute's bold heading run into its
text, a motion's bold mover and seconder line over its regular wording, bold labels ('Present:', 'Action:'). A word's
upright strokes are measured in the page's picture as the mean length of its rows' runs of ink, runs over twice the
middle one's left out (a bar, letters touching): at 200 dpi body text's stems measure about 3 px, bold ones about 5;
regular words measure up to 1.2 times the page's usual word, bold ones from 1.3 (faint scans) to 2.3 (headings), so a
word is bold from :data:`BOLD_STROKE`. The ink's area over half its outline, measured first, counted an 'i''s dot and
a bar's ends as outline and bold read from 1.16 times the usual ('Arising' and 'Participation' in Newbiggin's
headings, cut at their first word) to 1.5 on one page.

Words of one or two characters measure unsteadily (a bold 'T.' reads 2.4 times the usual width, a regular 'in' 1.5)
and take the weight of the word before them on their line, or else after; a line of such words alone ('5.') is
measured as it is. So does a word measuring just under the threshold (:data:`NEAR_BOLD`). Weight is judged word by
word: with the outline's measure, judging a whole line by the middle of its words' measures at a lower threshold found
the headings of a scan whose bold is faint but not its run-in ones, and the minutes' headings, read in two weights,
lost their style (Souldern's 2020-11-25 scanned minutes).

A line's weight follows a text layer's :class:`agendaparse.pdf.Line`: ``bold`` when its first word is, and
``bold_end`` where its opening bold words end when all the words after them are regular.

A typewriter has no bold: a typed page's headings are underlined ('Footpaths' over a rule in 1990s parish minutes,
'Village Green Management Plan' in a working group's notes), and an underlined word is taken as bold, the emphasis a
word processor prints (:func:`underlined_words`). An underline is a rule of ink running across for two and a half
line heights or more (no letter's stroke does) just under the word, under most of its width, that ends within a
little of its line's words (a table's rule under a cell's last line runs on along the row to the table's edges).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from typing import Any

from .tesseract import INK_LEVEL

BOLD_STROKE = 1.3  # a word's stems this many times as wide as the page's usual word's are bold
NEAR_BOLD = 1.25  # a word measuring from this to BOLD_STROKE says nothing itself: it takes its neighbours' weight
MIN_MEASURED_CHARACTERS = 3  # letters and figures a word needs for its own strokes to say its weight
MIN_MEASURED_WORDS = 5  # words of the page measured for its usual stroke to be known
UNDERLINE_RUN = 2.5  # line heights of ink running across: a rule, not a letter's stroke
UNDERLINE_REACH = 0.6  # line heights under a word's box within which its underline runs (and over its foot)
UNDERLINED_SHARE = 0.8  # of a word's width the rule runs under


def stem_width(ink: Any) -> float | None:
    """The mean width, in pixels, of the upright strokes of ``ink`` (a 2-D array, true where inked): the mean length
    of its rows' runs of ink, runs over twice the middle run's length (a bar, a serif's foot, letters touching) left
    out. None with no ink."""
    import numpy as np

    inked = np.asarray(ink, dtype=np.int8)
    if not inked.any():
        return None
    edges = np.diff(np.pad(inked, ((0, 0), (1, 1))), axis=1)
    runs = np.flatnonzero(edges.ravel() == -1) - np.flatnonzero(edges.ravel() == 1)
    return float(runs[runs <= 2 * np.median(runs)].mean())


def word_strokes(data: dict, image: Any) -> list[float | None]:
    """The stroke width of each word of an ``image_to_data`` dict in ``image`` (the picture Tesseract read), from
    its box as read (before any box is moved); None for a blank word or a box without ink."""
    import numpy as np

    pixels = np.asarray(image.convert("L"))
    strokes: list[float | None] = []
    for index, text in enumerate(data["text"]):
        left, top, width, height = (int(data[key][index]) for key in ("left", "top", "width", "height"))
        if not text.strip() or width <= 0 or height <= 0:
            strokes.append(None)
            continue
        strokes.append(stem_width(pixels[top : top + height, left : left + width] < INK_LEVEL))
    return strokes


def _measured(text: str) -> bool:
    return sum(character.isalnum() for character in text) >= MIN_MEASURED_CHARACTERS


def bold_words(data: dict, strokes: Sequence[float | None], lines: Sequence[Sequence[int]]) -> set[int]:
    """The indexes of the bold words of a page's ``lines`` (each the indexes of its words, in order): see the
    module's note. None is bold on a page with too few words measured to know its usual stroke."""
    measured = [
        stroke for line in lines for index in line if (stroke := strokes[index]) and _measured(data["text"][index])
    ]
    if len(measured) < MIN_MEASURED_WORDS:
        return set()
    usual = statistics.median(measured)
    bold: set[int] = set()
    for line in lines:
        ratios = [_ratio(strokes[index], usual) if _measured(data["text"][index]) else None for index in line]
        if all(ratio is None for ratio in ratios):  # a number or a mark alone on its line: measured as it is
            ratios = [_ratio(strokes[index], usual) for index in line]
        own = [None if ratio is None or NEAR_BOLD <= ratio < BOLD_STROKE else ratio >= BOLD_STROKE for ratio in ratios]
        texts = [data["text"][index] for index in line]
        bold.update(index for position, index in enumerate(line) if _weight_near(own, position, texts))
    return bold


def _ratio(stroke: float | None, usual: float) -> float | None:
    return stroke / usual if stroke else None


def _weight_near(own: list[bool | None], position: int, texts: Sequence[str]) -> bool:
    """A word's own weight, or for a word too short to measure the weight of the nearest measured word before it on
    its line, else after it (regular when none is). A colon ends a label: a short word after it ('Due: To be
    confirmed') is measured by the words after it, not by the label."""
    if own[position] is not None:
        return bool(own[position])
    label_end = max((at for at in range(position) if texts[at].endswith(":")), default=-1)
    before = [weight for weight in own[label_end + 1 : position] if weight is not None]
    after = [weight for weight in own[position + 1 :] if weight is not None]
    return bool(before[-1] if before else after[0] if after else own[label_end] if label_end >= 0 else False)


def line_weight(bold: Sequence[bool], joined_length: Callable[[int], int]) -> tuple[bool, int | None]:
    """A line's ``bold`` and ``bold_end`` (as :class:`agendaparse.pdf.Line` has them) from whether each of its words
    is bold; ``joined_length(k)``: the length of the line's text of its first ``k`` words as the line joins them."""
    if not bold or not bold[0]:
        return False, None
    opening = next((position for position, weight in enumerate(bold) if not weight), len(bold))
    if opening == len(bold) or any(bold[opening:]):
        return True, None  # bold throughout, or bold again after regular words: no opening run to mark
    return True, joined_length(opening)


def underlined_words(data: dict, image: Any) -> set[int]:
    """The indexes of the words of an ``image_to_data`` dict (boxes as read in ``image``) that stand over an
    underline: see the module's note."""
    import cv2
    import numpy as np

    lines: dict[tuple[int, int, int], list[int]] = {}
    for index, text in enumerate(data["text"]):
        if text.strip() and int(data["width"][index]) > 0 and int(data["height"][index]) > 0:
            lines.setdefault((data["block_num"][index], data["par_num"][index], data["line_num"][index]), []).append(
                index
            )
    heights = [int(data["height"][index]) for line in lines.values() for index in line]
    if not heights:
        return set()
    height = statistics.median(heights)
    ink = (np.asarray(image.convert("L")) < INK_LEVEL).astype(np.uint8)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, max(int(UNDERLINE_RUN * height), 3)), np.uint8))
    if not across.any():
        return set()
    underlined: set[int] = set()
    for line in lines.values():
        left = min(int(data["left"][index]) for index in line)
        right = max(int(data["left"][index]) + int(data["width"][index]) for index in line)
        for index in line:
            x0, top = int(data["left"][index]), int(data["top"][index])
            x1, bottom = x0 + int(data["width"][index]), top + int(data["height"][index])
            band = across[max(0, bottom - int(0.3 * height)) : bottom + int(UNDERLINE_REACH * height), :]
            if band.size == 0 or band[:, x0:x1].any(axis=0).mean() < UNDERLINED_SHARE:
                continue
            inked = band.any(axis=0).nonzero()[0]
            start, end = _run_around(inked, (x0 + x1) // 2)
            if start >= left - UNDERLINE_REACH * height and end <= right + UNDERLINE_REACH * height:
                underlined.add(index)
    return underlined


def _run_around(columns: Any, middle: int) -> tuple[int, int]:
    """The first and last of the run of consecutive ``columns`` (sorted) nearest ``middle``, gaps of a few pixels
    (a rule's breaks in the scan) bridged."""
    import numpy as np

    nearest = int(np.abs(columns - middle).argmin())
    start = end = nearest
    while start > 0 and columns[start] - columns[start - 1] <= 3:
        start -= 1
    while end + 1 < len(columns) and columns[end + 1] - columns[end] <= 3:
        end += 1
    return int(columns[start]), int(columns[end])
