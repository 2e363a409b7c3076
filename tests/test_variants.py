"""agendaparse.variants: the same document stored another way keeps its words and their places; only the ruling,
the page's turn or the text layer changes. And `agendaparse eval --variant` scores the variants against the same gold.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse.cli import cli
from agendaparse.errors import AgendaparseError
from agendaparse.evaluate import evaluate
from agendaparse.pdf import file_sha256
from agendaparse.variants import A5_FROM_A4, VARIANTS, write_variant
from conftest import REAL, needs_shared

ROWS = [
    ["No", "Action", "Owner", "Status"],
    ["1", "Publish the minutes", "KK", "New"],
    ["2", "Draft a reply", "GS", "Open"],
]


def ruled_table_pdf(path: Path, *, pagesize=A4) -> Path:
    """One page: a ruled four-column table with a green shaded status cell, and a heading over it."""
    page = canvas.Canvas(str(path), pagesize=pagesize)
    page.setFont("Helvetica", 11)
    page.drawString(72, 760 if pagesize == A4 else 540, "Action Log 19 July 2013")
    top, height, lefts = 700 if pagesize == A4 else 480, 24, [72, 112, 312, 392, 472]
    page.setFillColorRGB(0.2, 0.8, 0.2)
    page.rect(392, top - 3 * height, 80, height, stroke=0, fill=1)
    page.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(ROWS):
        for left, text in zip(lefts, row, strict=False):
            page.drawString(left + 4, top - r * height - 16, text)
    page.setLineWidth(0.75)
    for r in range(len(ROWS) + 1):
        page.line(lefts[0], top - r * height, lefts[-1], top - r * height)
    for left in lefts:
        page.line(left, top, left, top - len(ROWS) * height)
    page.showPage()
    page.save()
    return path


def words(path: Path) -> list[tuple[str, int, int]]:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        return sorted((w["text"], round(w["x0"]), round(w["top"])) for w in page.extract_words())


def test_unruled_keeps_every_word_and_the_shading_but_no_rule(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("unruled", source, tmp_path / "out" / "unruled.pdf")
    with pdfplumber.open(source) as pdf:
        assert len(pdf.pages[0].lines) == 9
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        assert page.lines == []
        shading = [r for r in page.rects if r["width"] > 4 and r["height"] > 4]
        assert [(round(r["x0"]), round(r["width"]), r["non_stroking_color"]) for r in shading] == [
            (392, 80, (0.2, 0.8, 0.2))
        ]
    assert words(target) == words(source)


def test_rotated_turns_the_stored_page_but_not_what_it_shows(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf", pagesize=landscape(A4))
    target = write_variant("rotated", source, tmp_path / "rotated.pdf")
    with pikepdf.open(target) as stored:
        assert int(stored.pages[0].obj.Rotate) == 90
        assert [float(v) for v in stored.pages[0].mediabox] == [0, 0, 595.2756, 841.8898]
    with pdfplumber.open(source) as original, pdfplumber.open(target) as turned:
        assert (turned.pages[0].width, turned.pages[0].height) == (original.pages[0].width, original.pages[0].height)


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed: scripts/system-deps.sh"
)
def test_rasterised_has_pictures_and_no_text_layer(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("rasterised", source, tmp_path / "scan.pdf")
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 1
        assert pdf.pages[0].chars == []
        assert len(pdf.pages[0].images) == 1


def test_an_unknown_variant_or_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(AgendaparseError, match="no such variant"):
        write_variant("upside-down", tmp_path / "a.pdf", tmp_path / "b.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot a pdf")
    with pytest.raises(AgendaparseError) as caught:
        write_variant("unruled", broken, tmp_path / "out.pdf")
    assert caught.value.file == str(broken)


def test_the_eval_option_offers_every_variant():
    choices = next(p for p in cli.commands["eval"].params if p.name == "variant").type.choices
    assert sorted(choices) == sorted(VARIANTS)


def test_evaluate_scores_the_variant_against_the_same_gold(tmp_path):
    root = tmp_path / "pdfs"
    root.mkdir()
    source = ruled_table_pdf(root / "log.pdf")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "log.json").write_text(
        json.dumps({"source": {"path": "log.pdf", "sha256": file_sha256(str(source))}, "document": {"doc_type": None}})
    )
    seen: list[Path] = []

    def extract(pdf: Path) -> dict:
        seen.append(pdf)
        return {"document": {}}

    report = evaluate(gold, root, fast=True, extract=extract, variant="unruled")
    assert report.errors == []
    assert len(seen) == 1 and seen[0] != source and seen[0].name == "log.pdf"
    assert not seen[0].exists()  # the scratch folder is gone with the run
    assert (
        source.is_file() and file_sha256(str(source)) == json.loads((gold / "log.json").read_text())["source"]["sha256"]
    )


@needs_shared()
def test_a_real_action_log_unruled_is_scored_with_its_gold(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    name = "cabinet-office__2013-07_odug_action_log.json"
    shutil.copy(Path(__file__).parents[1] / "corpus" / "gold" / "dev" / name, gold / name)
    result = CliRunner().invoke(
        cli,
        ["eval", "--gold", str(gold), "--pdf-root", str(REAL), "--fast", "--bootstrap", "0", "--variant", "unruled"],
    )
    assert result.exit_code == 0, result.output
    assert "1 documents scored" in result.output


def test_resized_shrinks_the_page_and_everything_on_it_alike(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("resized", source, tmp_path / "a5.pdf")
    with pdfplumber.open(source) as original, pdfplumber.open(target) as small:
        big_page, small_page = original.pages[0], small.pages[0]
        assert small_page.width == pytest.approx(big_page.width * A5_FROM_A4, abs=0.01)
        assert small_page.chars[0]["size"] == pytest.approx(big_page.chars[0]["size"] * A5_FROM_A4, abs=0.01)
        assert len(small_page.lines) == len(big_page.lines) == 9
    shrunk = [(text, round(x * A5_FROM_A4), round(top * A5_FROM_A4)) for text, x, top in words(source)]
    assert [w[0] for w in words(target)] == [w[0] for w in shrunk]
    assert all(abs(a[1] - b[1]) <= 1 and abs(a[2] - b[2]) <= 1 for a, b in zip(words(target), shrunk, strict=True))


@pytest.mark.skipif(
    shutil.which("pdftocairo") is None, reason="pdftocairo (poppler-utils) not installed: scripts/system-deps.sh"
)
def test_reprinted_is_another_writers_file_with_the_same_words(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("reprinted", source, tmp_path / "cairo.pdf")
    with pikepdf.open(target) as stored:
        assert "cairo" in str(stored.docinfo.get("/Producer", "")).lower()
    reprint, original = words(target), words(source)
    assert [w[0] for w in reprint] == [w[0] for w in original]
    assert all(abs(a[1] - b[1]) <= 1 and abs(a[2] - b[2]) <= 1 for a, b in zip(reprint, original, strict=True))


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed: scripts/system-deps.sh"
)
def test_searchable_is_a_picture_under_the_same_invisible_words(tmp_path):
    source = ruled_table_pdf(tmp_path / "ruled.pdf")
    target = write_variant("searchable", source, tmp_path / "searchable.pdf")
    with pdfplumber.open(source) as original, pdfplumber.open(target) as scanned:
        page = scanned.pages[0]
        assert len(page.images) == 1 and page.rects == [] and page.lines == []
        assert page.extract_text() == original.pages[0].extract_text()
        assert {char["text"]: char for char in page.chars}["A"]["x0"] == pytest.approx(
            {char["text"]: char for char in original.pages[0].chars}["A"]["x0"]
        )
    with pikepdf.open(target) as stored:
        assert b"3 Tr" in stored.pages[0].obj.Contents.read_bytes()
