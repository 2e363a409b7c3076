"""How far a scanned page lies askew, and the page squared up.

A sheet laid crooked on a flatbed scanner or fed skew through a document feeder comes out turned a degree or two: its
text lines run uphill, so each OCR line's box is taller than its letters (a long line of 12-point text 1.5 degrees
askew spans 24 points) and the left edges of a column of headings drift across the page. The angle at which the
page's rows of ink are sharpest squares it up: OCR reads the picture as scanned (turning it would blur its letters and
change how Tesseract parts its columns) and its words' boxes are moved to where they stand on the squared-up page;
pictures cut from the page afterwards are cut from it turned square.

The functions take the image libraries as arguments (``cv2``, ``numpy``), which the callers import on first use.
"""

from __future__ import annotations

import math
from typing import Any

from PIL import Image

from .tesseract import INK_LEVEL

MAX_SKEW = 2.0  # degrees a scanned page may lie askew and be squared up
SKEW_STEP = 0.1
MIN_SKEW_GAIN = 1.05  # a turn must sharpen the rows of ink by this much over none (a blank page is never turned)
MIN_SKEW = 2 * SKEW_STEP  # a smaller angle is left: it moves no line by as much as a point on A4
# share of each side left out of the measure: a scanner's dark edge or the shadow of the sheet's border lies square
# with the picture, not with the print, and would hold a page askew as it is
EDGE = 0.04


def skew_angle(cv2: Any, np: Any, pixels: Any) -> float:
    """The angle in degrees (anticlockwise, as ``cv2.getRotationMatrix2D`` and ``PIL.Image.rotate`` take it) that
    turns a greyscale page image square: the one within MAX_SKEW at which its rows of ink fall into fewest pixel rows,
    judged on a third-size copy without its outer edges (EDGE). 0.0 for a page that lies square, and for one no turn
    sharpens clearly."""
    small = cv2.resize(pixels, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
    height, width = small.shape[:2]
    edge_y, edge_x = int(EDGE * height), int(EDGE * width)
    ink = (small[edge_y : height - edge_y, edge_x : width - edge_x] < INK_LEVEL).astype(np.float32)
    centre = (ink.shape[1] / 2, ink.shape[0] / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), ink.shape[::-1])
        return float(np.square(turned.sum(axis=1)).sum())

    steps = round(MAX_SKEW / SKEW_STEP)
    angles = sorted((step * SKEW_STEP for step in range(-steps, steps + 1)), key=abs)  # ties go to the least turn
    scores = [sharpness(angle) for angle in angles]
    best = angles[scores.index(max(scores))]
    if abs(best) < MIN_SKEW or max(scores) < MIN_SKEW_GAIN * scores[0]:
        return 0.0
    return round(best, 1)


def squared_up(cv2: Any, np: Any, pixels: Any) -> tuple[Any, float]:
    """A greyscale page image turned square about its centre (see :func:`skew_angle`), and the angle it was turned."""
    angle = skew_angle(cv2, np, pixels)
    if not angle:
        return pixels, 0.0
    matrix = cv2.getRotationMatrix2D((pixels.shape[1] / 2, pixels.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(pixels, matrix, pixels.shape[::-1], flags=cv2.INTER_LINEAR, borderValue=255), angle


def picture_skew(image: Any) -> float:
    """:func:`skew_angle` of a rendered page (a PIL image)."""
    import cv2
    import numpy as np

    return skew_angle(cv2, np, np.asarray(image.convert("L")))


def turned_picture(image: Any, angle: float) -> Any:
    """A PIL image turned ``angle`` degrees anticlockwise about its centre, white where the turn uncovers paper."""
    if not angle:
        return image
    white = (255,) * len(image.getbands()) if len(image.getbands()) > 1 else 255
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)


def squared_up_picture(image: Any) -> tuple[Any, float]:
    """A rendered page (a PIL image) turned square, and the angle it was turned (0.0: as it was)."""
    angle = picture_skew(image)
    return turned_picture(image, angle), angle


def squared_up_point(x: float, y: float, angle: float, width: float, height: float) -> tuple[float, float]:
    """Where the point (x, y) of a picture ``width`` by ``height`` (y down) stands once the picture is turned
    ``angle`` degrees anticlockwise about its centre (as :func:`turned_picture` and ``cv2.getRotationMatrix2D``
    turn it)."""
    radians = math.radians(angle)
    cos, sin = math.cos(radians), math.sin(radians)
    dx, dy = x - width / 2, y - height / 2
    return width / 2 + cos * dx + sin * dy, height / 2 - sin * dx + cos * dy
