"""`--body NAME` (extract, import; `extract_document(body=...)`): the body the user says published the files names a
document whose text names none, with provenance `user:known-body`; the text wins where it names a body."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.cli import cli
from agendaparse.extract import extract_document

# a committee's minutes with its council only in a logo: the text names no body
NO_BODY = ["Cabinet", "Minutes of the meeting held on Thursday 30 January 2025", "1. Apologies for absence"]
WITH_BODY = ["Ashby Parish Council", "Minutes of the meeting held on Tuesday 4 March 2025", "1. Apologies"]


def _drawn(path: Path, lines: list[str]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, line in enumerate(lines):
        pdf.drawString(72, 780 - 18 * number, line)
    pdf.save()
    return path


def test_known_body_names_a_document_whose_text_names_none(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path / "cabinet.pdf", NO_BODY)
    assert extract_document(pdf, ocr="never", with_tables=False).document.body is None
    extraction = extract_document(pdf, ocr="never", with_tables=False, body="  Kent   County Council ")
    assert extraction.document.body == "Kent County Council"
    assert extraction.document.provenance["body"] == "user:known-body"
    assert "Kent County Council" in extraction.organisations
    assert [m.provenance.method for m in extraction.mentions if m.name == "Kent County Council"] == ["user:known-body"]


def test_the_text_wins(tmp_path: Path) -> None:
    pdf = _drawn(tmp_path / "parish.pdf", WITH_BODY)
    extraction = extract_document(pdf, ocr="never", with_tables=False, body="Kent County Council")
    assert extraction.document.body == "Ashby Parish Council"
    assert extraction.document.provenance["body"] != "user:known-body"
    assert "Kent County Council" not in extraction.organisations


def test_extract_and_import_take_body(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    _drawn(folder / "cabinet.pdf", NO_BODY)
    _drawn(folder / "parish.pdf", WITH_BODY)
    runner = CliRunner()
    printed = runner.invoke(cli, ["extract", str(folder / "cabinet.pdf"), "--ocr", "never", "--body", "Kent CC"])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.output)["document"]["body"] == "Kent CC"
    db_path = tmp_path / "council.db"
    args = ["import", str(folder), "--db", str(db_path), "--no-progress", "--ocr", "never", "--workers", "1"]
    result = runner.invoke(cli, [*args, "--body", "Kent County Council"])
    assert result.exit_code == 0, result.output
    rows = {row["file_name"]: row for row in sqlite_utils.Database(db_path)["documents"].rows}
    assert rows["cabinet.pdf"]["body"] == "Kent County Council"
    assert json.loads(rows["cabinet.pdf"]["provenance"])["body"] == "user:known-body"
    assert rows["parish.pdf"]["body"] == "Ashby Parish Council"
