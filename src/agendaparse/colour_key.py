"""RAG colour keys: what a page's legend says each fill colour means.

Status cells are often shaded instead of written. Where the page prints a key ("Green - on track",
coloured squares beside words), the key decides what a fill means; otherwise
:func:`agendaparse.tables.rag_from_colour` judges the hue alone.
"""

from __future__ import annotations

import colorsys
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from .models import Rag

Colour = tuple[float, float, float]
KEY_CUE = re.compile(r"\b(key|legend|rag|rating|ratings|status)\b", re.I)
COLOUR_WORDS = {"red": "Red", "amber": "Amber", "orange": "Amber", "yellow": "Amber", "green": "Green"}
# What keys say each colour means when they do not name it (checked in this order).
MEANING_WORDS: list[tuple[str, Rag]] = [
    (r"at risk|some (?:risk|concerns?|slippage)|minor|slight(?:ly)?|partially|close to|within tolerance|"
     r"medium risk|near(?:ly)?|but", "Amber"),
    (r"off[ -]track|not (?:been )?(?:achieved|met|on track)|significant(?:ly)?|serious|failed|"
     r"failing|below floor|not achieving|critical|high risk|overdue", "Red"),
    (r"on[ -]track|achieved|exceed(?:ed|ing)?|met|ahead|good|low risk|on target|no (?:issues|concerns)", "Green"),
]  # fmt: skip
MAX_LABEL_WORDS = 14
GLYPH_RE = re.compile(r"[■▪◼⬛●⬤▮█]+")


def to_rgb(colour: object) -> Colour | None:
    """A pdfplumber colour (grey, RGB or CMYK in 0..1) as RGB rounded to two places."""
    rgb = rgb_components(colour)
    return None if rgb is None else tuple(round(v, 2) for v in rgb)  # type: ignore[return-value]


def rgb_components(colour: object) -> Colour | None:
    """A pdfplumber colour (grey, RGB or CMYK in 0..1) as RGB in 0..1."""
    if isinstance(colour, (int, float)) and not isinstance(colour, bool):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in colour
    ):
        return None
    values = [min(max(float(v), 0.0), 1.0) for v in colour]
    if len(values) == 1:
        rgb = (values[0],) * 3
    elif len(values) == 3:
        rgb = tuple(values)
    elif len(values) == 4:
        c, m, y, k = values
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return rgb  # type: ignore[return-value]


def label_rag(label: str, *, cued: bool) -> Rag | None:
    """What a key's label says the colour means: the colour it opens with ('GREEN Target achieved',
    'Amber - at risk'), else, on a page that calls itself a key or rating, the words of the meaning
    ('on track', 'at risk', 'not achieved')."""
    lowered = " ".join(label.lower().split())
    first = re.match(r"[^a-z]*([a-z]+)(?:\s*[/&+-]\s*|\s+and\s+|\s+or\s+)?([a-z]+)?", lowered)
    if first and first[1] in COLOUR_WORDS:
        if first[2] in COLOUR_WORDS and COLOUR_WORDS[first[2]] != COLOUR_WORDS[first[1]]:
            return None  # 'Red/Amber': between two ratings
        return COLOUR_WORDS[first[1]]  # type: ignore[return-value]
    if not cued or re.search(r"\b(red|amber|orange|yellow|green)\b", lowered):
        return None
    for pattern, rag in MEANING_WORDS:
        if re.search(rf"\b(?:{pattern})\b", lowered):
            return rag
    return None


def colour_key(words: list[Mapping[str, Any]], fills: list[Mapping[str, Any]]) -> dict[Colour, Rag]:
    """Fill colour -> RAG from the swatches on a page and the words in or beside them.

    ``words`` are pdfplumber words; ``fills`` are filled rects or coloured swatch glyphs such as
    '■' (pdfplumber chars), each with ``x0``, ``x1``, ``top``, ``bottom`` and ``non_stroking_color``.
    A rect's label is the text inside it, else (and always for a glyph) the words to its right on
    its line. A colour whose swatches disagree is left out.
    """
    cued = any(KEY_CUE.search(str(word.get("text", ""))) for word in words)
    votes: dict[Colour, Counter[Rag]] = defaultdict(Counter)
    for swatch in (fill for fill in fills if _is_swatch(fill)):
        colour = to_rgb(swatch.get("non_stroking_color"))
        if colour is None or min(colour) > 0.97:  # white: background, not a swatch
            continue
        label, inside = _swatch_label(swatch, words)
        if not label or len(label.split()) > MAX_LABEL_WORDS:
            continue
        # words printed in a shaded box name its colour ('GREEN') in a key; a status written in a
        # shaded cell of a table ('On track' in an amber cell) is data, not a key to the colour
        rag = label_rag(label, cued=cued and not inside)
        if rag:
            votes[colour][rag] += 1
    key: dict[Colour, Rag] = {}
    for colour, counted in votes.items():
        ranked = counted.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            key[colour] = ranked[0][0]
    return key


def _is_swatch(rect: Mapping[str, Any]) -> bool:
    width, height = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
    return 3 <= width <= 200 and 3 <= height <= 60


def _swatch_label(swatch: Mapping[str, Any], words: list[Mapping[str, Any]]) -> tuple[str, bool]:
    """The swatch's label and whether it is printed inside it."""
    x0, x1, top, bottom = swatch["x0"], swatch["x1"], swatch["top"], swatch["bottom"]
    inside = [
        word
        for word in words
        if x0 <= (word["x0"] + word["x1"]) / 2 <= x1
        and top <= (word["top"] + word["bottom"]) / 2 <= bottom
        and not GLYPH_RE.fullmatch(str(word["text"]))
    ]
    if inside and "text" not in swatch:  # a rect holding its label; a glyph swatch holds none
        return " ".join(str(word["text"]) for word in sorted(inside, key=lambda w: (round(w["top"]), w["x0"]))), True
    middle = (top + bottom) / 2
    line = sorted(
        (
            word
            for word in words
            if word["x0"] >= x1 - 1
            and word["top"] - 2 <= middle <= word["bottom"] + 2
            and not GLYPH_RE.fullmatch(str(word["text"]))
        ),
        key=lambda word: word["x0"],
    )
    label: list[str] = []
    edge = x1
    for word in line:
        size = max(word["bottom"] - word["top"], 4.0)
        if word["x0"] - edge > (6 * size if not label else 2.5 * size):
            break
        label.append(str(word["text"]))
        edge = word["x1"]
    return " ".join(label), False


def page_colour_key(page: Any, fills: list[Mapping[str, Any]] | None = None) -> dict[Colour, Rag]:
    """:func:`colour_key` for a pdfplumber page (words are read only when there are coloured fills)."""
    if fills is None:
        fills = [rect for rect in page.rects if rect.get("fill")]
    glyphs = [char for char in page.chars if GLYPH_RE.fullmatch(str(char.get("text", "")))]
    coloured = [
        swatch
        for swatch in [*fills, *glyphs]
        if _is_swatch(swatch) and _saturated(to_rgb(swatch.get("non_stroking_color")))
    ]
    if not coloured:
        return {}
    return colour_key(page.extract_words(), coloured)


def _saturated(rgb: Colour | None) -> bool:
    if rgb is None:
        return False
    _, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    return saturation >= 0.2 and lightness < 0.98


def merge_keys(earlier: Mapping[Colour, Rag], later: Mapping[Colour, Rag]) -> dict[Colour, Rag]:
    """A document's key so far with a page's: the page's own key wins for its colours."""
    return {**earlier, **later}


def rag_for_fill(colour: object, key: Mapping[Colour, Rag], tolerance: float = 0.08) -> Rag | None:
    """The RAG a key gives a fill colour (the nearest key colour within ``tolerance``), else None."""
    rgb = to_rgb(colour)
    if rgb is None or not key:
        return None
    nearest = min(key, key=lambda known: math.dist(known, rgb))
    return key[nearest] if math.dist(nearest, rgb) <= tolerance else None
