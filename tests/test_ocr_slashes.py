"""Single capitals parted by slashes are read so again when Tesseract reads a slash as a stroke letter (stop 44,
issue #5).

Found on the dev souldern-pc risk register stored as pictures (`agendaparse eval --variant rasterised`): from a clear
300 dpi crop of its header, Tesseract read 'Risk (H/M/L)' as 'Risk (H/MIL)' at a confidence of 90, so the column no
longer carried the name of the gold's and its 38 cells counted as misread. Subset of 16 dev documents as pictures: see
README (stop 44).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.tesseract import with_slashes
from conftest import needs_ocr, needs_shared


def _read(*texts: str) -> list[str]:
    return with_slashes({"text": list(texts)})["text"]


@pytest.mark.parametrize(
    ("reading", "meant"),
    [
        ("(H/MIL)", "(H/M/L)"),
        ("Y/NIA", "Y/N/A"),
        ("R/AIG,", "R/A/G,"),
        ("H|M/L", "H/M/L"),
        ("H/M/L", "H/M/L"),
    ],
)
def test_a_slash_read_as_a_stroke_letter_is_a_slash(reading, meant):
    assert _read(reading) == [meant]


@pytest.mark.parametrize(
    "word",
    ["MIL", "AIM", "HIM/", "I/O", "N/A", "H/MILK", "and/or", "w/MIL", "C/lD", "1/2", "A/B/Cl", "Risk", "(H/M)"],
)
def test_words_that_are_not_slashed_letters_are_left(word):
    assert _read(word) == [word]


@given(st.lists(st.sampled_from("ABCDGHLMNRSY"), min_size=2, max_size=5), st.data())
def test_any_slash_of_a_run_read_as_a_stroke_letter_is_restored(letters, data):
    run = "/".join(letters)
    slashes = [index for index, character in enumerate(run) if character == "/"]
    # at least one slash read as a slash: a run with none ('MIL') is a word
    misread = data.draw(st.sets(st.sampled_from(slashes), max_size=len(slashes) - 1))
    stroke = data.draw(st.sampled_from("Il|"))
    reading = "".join(stroke if index in misread else character for index, character in enumerate(run))
    assert _read(f"({reading})") == [f"({run})"]


@needs_shared()
@needs_ocr
def test_the_risk_register_header_as_a_picture_names_its_risk_column(tmp_path):
    from test_variant_rasterised import scanned_page_tables

    [table] = scanned_page_tables("souldern-pc/2023-11_spc_risk_assessment_register.pdf", 1, tmp_path)
    assert table.header[3] == "Risk (H/M/L)"
