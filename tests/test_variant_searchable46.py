"""Fills of two colours meeting with no rule between them are two fills (stop 46, `--variant searchable`).

A risk register shades each row's Directorate cell in the directorate's colour, with no rule between one cell and the
next (the Kent budget risk register: an orange 'CYPE' cell straight over a green 'GET/DCED' one). Read from a scan's
pixels (tables/searchable.py), every pixel neither paper nor ink was one mask, so the two cells were one patch of fill,
drawn as one cell spanning both rows: 'CYPE GET/DCED' in the first row and the second row's Directorate lost. The
coloured pixels are now parted by hue first (`searchable._colour_classes`: one mask per peak of the page's hue
histogram), so fills of different colours never join.

Pass before (the code of 4a6ff09): 0 of 2.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from agendaparse.extract import extract_document
from agendaparse.tables import searchable
from conftest import REAL, needs_shared

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
cv2 = pytest.importorskip("cv2")


def test_an_orange_cell_over_a_green_one_is_two_fills() -> None:
    picture = np.full((400, 300, 3), 255, dtype=np.uint8)
    picture[50:150, 40:200] = (178, 91, 14)  # orange
    picture[150:250, 40:200] = (89, 126, 53)  # green, straight under it
    picture[260:330, 40:200] = (178, 91, 14)  # orange again, on its own
    fills = searchable._fills(cv2, np, picture, 0.5)
    boxes = [tuple(round(value) for value in box) for box, _ in fills]
    assert boxes == [(20, 25, 100, 75), (20, 75, 100, 125), (20, 130, 100, 165)]
    assert [max(range(3), key=lambda channel: colour[channel]) for _, colour in fills] == [0, 1, 0]


@needs_shared()
def test_directorates_shaded_in_turn_stay_in_their_rows(tmp_path: Path) -> None:
    from test_variant_rasterised import pages_stored_as

    source = REAL / "kent-cc/2025-01-30_appendix_i_budget_risk_register.pdf"
    scan = pages_stored_as("searchable", source, [3], tmp_path)
    rows = [row for table in extract_document(scan, ocr="never").tables for row in table.rows]
    assert [row[:2] for row in rows] == [
        ["ALL", "Demand & Cost Drivers"],
        ["CYPE", "Market Sustainability"],
        ["CYPE", "Home to School Transport"],
        [
            "GET/DCED",
            "Changing Government focus on funding to support the Net Zero/Carbon Reduction green agenda (capital "
            "spend)",
        ],
    ]
