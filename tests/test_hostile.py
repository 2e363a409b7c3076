"""Every file of ../shared/corpus/hostile ends in the outcome its MANIFEST names, within the time limit."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

from agendaparse.batch import import_paths
from agendaparse.cli import cli
from conftest import HOSTILE, manifest, needs_shared

pytestmark = needs_shared(HOSTILE)
TIME_LIMIT = 120.0  # a guard against hangs, not a speed target: CI machines are shared (speed: benchmarks/)
ROWS = manifest(HOSTILE) if HOSTILE.is_dir() else []
PASSWORDS = {  # from the MANIFEST notes of the files that need one
    "encrypted-userpw__pypdf_r4-aes-user-password.pdf": "asdfzxcv",
    "encrypted-userpw__pdfplumber_password-example.pdf": "test",
    "encrypted-userpw__docling_2206.01062_pg3.pdf": "1234",
    "encrypted-userpw__pdfminer_aes-256-r6.pdf": "usersecret",
}


def outcome(db: sqlite_utils.Database, path: str) -> str:
    error = next(db.query("select kind from import_errors where file = ?", [path]), None)
    if error:
        return f"error:{error['kind']}"
    document = next(
        db.query(
            "select documents.* from documents join files on files.document_id = documents.id where files.path = ?",
            [path],
        ),
        None,
    )
    if document is None:
        return "missing"
    if document["warnings"]:
        return "partial"
    return "text" if document["text_pages"] else "no-text-layer"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    summary = import_paths([str(HOSTILE)], db_path, workers=2, timeout=TIME_LIMIT, progress=False, ocr="never")
    assert summary.files == len(ROWS)
    return sqlite_utils.Database(db_path)


@pytest.mark.parametrize("row", ROWS, ids=[row["path"] for row in ROWS])
def test_expected_outcome(hostile_db, row):
    assert outcome(hostile_db, str(HOSTILE / row["path"])) == row["expected"], row["notes"]


def test_errors_are_one_clear_line_naming_the_file(hostile_db):
    for error in hostile_db["import_errors"].rows:
        message = error["message"]
        assert "\n" not in message and "Traceback" not in message
        assert message.startswith(error["file"])
        assert re.search(r"; .+", message), f"no advice in: {message}"


def test_encrypted_files_open_with_their_passwords(tmp_path):
    passwords = tmp_path / "passwords.txt"
    passwords.write_text("".join(f"{HOSTILE / name} {pw}\n" for name, pw in PASSWORDS.items()))
    files = [str(HOSTILE / name) for name in PASSWORDS]
    db_path = tmp_path / "encrypted.db"
    result = CliRunner().invoke(
        cli,
        ["import", *files, "--db", str(db_path), "--passwords-file", str(passwords), "--no-progress", "--ocr", "never"],
    )
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert all(outcome(db, path) == "text" for path in files)


def test_encrypted_without_password_says_what_to_do(tmp_path):
    path = HOSTILE / "encrypted-userpw__pdfplumber_password-example.pdf"
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(tmp_path / "e.db"), "--no-progress"])
    assert result.exit_code == 1
    assert "encrypted" in result.output and "--password" in result.output
    assert "Traceback" not in result.output


def test_verbose_shows_the_full_detail_and_only_then(tmp_path):
    path = HOSTILE / "encrypted-userpw__pdfminer_aes-256-r6.pdf"

    def run(*verbose: str) -> subprocess.CompletedProcess:
        db = ["--db", str(tmp_path / f"v{len(verbose)}.db"), "--no-progress", "--ocr", "never"]
        command = [sys.executable, "-m", "agendaparse.cli", *verbose, "import", str(path), *db]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    quiet, verbose = run(), run("--verbose")
    assert quiet.returncode == verbose.returncode == 1
    assert "Traceback" not in quiet.stderr and "pass --password" in quiet.stderr
    assert "Traceback" in verbose.stderr and "PasswordError" in verbose.stderr
