"""Odd inputs: odd file names, symlink loops, huge folders, duplicates, files changed while read; owners fuzzed."""

from __future__ import annotations

import os
import re
import shutil
import threading

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.batch import expand_paths, import_paths
from agendaparse.nlp import TITLE_WORDS, strip_title
from agendaparse.nlp.patterns import TITLES
from conftest import REAL, needs_shared

SMALL = REAL / "ayton-cc/2017-06-06_ayton_cc_minutes.pdf"
OTHER = REAL / "ayton-cc/2009-11-03_ayton_cc_minutes.pdf"


def run(paths, db_path, **options):
    return import_paths([str(path) for path in paths], db_path, workers=1, progress=False, ocr="never", **options)


@needs_shared()
def test_non_utf8_and_very_long_file_names(tmp_path):
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9 minutes \xff.pdf")
    long = tmp_path / ("a" * 250 + ".pdf")  # 254 bytes: at the limit of most file systems
    shutil.copy(SMALL, odd)
    shutil.copy(OTHER, long)
    summary = run([tmp_path], tmp_path / "odd.db")
    assert (summary.imported, summary.failed) == (2, 0), summary.errors
    db = sqlite_utils.Database(tmp_path / "odd.db")
    names = {row["file_name"] for row in db["documents"].rows}
    assert names == {"caf\\xe9 minutes \\xff.pdf", long.name}
    again = run([tmp_path], tmp_path / "odd.db")
    assert again.unchanged == 2, "an odd name must be recognised on the next run"


@needs_shared()
def test_symlink_loops_neither_hang_nor_stop_the_batch(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(SMALL, folder / "minutes.pdf")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "a.pdf").symlink_to(folder / "b.pdf")
    (folder / "b.pdf").symlink_to(folder / "a.pdf")
    summary = run([folder], tmp_path / "loop.db")
    assert summary.imported == 1
    assert {error.kind for error in summary.errors} == {"unreadable"}
    assert all("symbolic links" in error.message and "permissions" in error.message for error in summary.errors)


@needs_shared()
def test_folder_with_ten_thousand_files(tmp_path):
    folder = tmp_path / "archive"
    for index in range(100):
        sub = folder / f"{index:03d}"
        sub.mkdir(parents=True)
        for other in range(99):
            (sub / f"{other}.html").write_text("<html>404</html>")
        junk = b"<html>404 Not Found</html>" + (str(index).encode() if index % 2 else b"")  # half share bytes
        (sub / f"{index}.pdf").write_bytes(junk if index else SMALL.read_bytes())
    assert len(expand_paths([str(folder)])) == 100
    summary = run([folder], tmp_path / "many.db", timeout=10)
    assert (summary.imported, summary.duplicates, summary.failed) == (1, 0, 99)
    assert {error.kind for error in summary.errors} == {"corrupt"}
    assert all(error.message.startswith(f"{error.file}: corrupt: ") for error in summary.errors)


@needs_shared()
def test_duplicate_files_under_different_names_are_stored_once(tmp_path):
    for name in ("minutes.pdf", "copy of minutes.pdf", "sub/minutes (1).pdf"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(SMALL, tmp_path / name)
    summary = run([tmp_path], tmp_path / "dup.db")
    assert (summary.imported, summary.duplicates) == (1, 2)
    db = sqlite_utils.Database(tmp_path / "dup.db")
    assert db["documents"].count == 1 and db["files"].count == 3


@needs_shared()
def test_a_file_changed_while_it_is_read_is_not_stored_half_old_half_new(tmp_path):
    target = tmp_path / "being-written.pdf"
    versions = [SMALL.read_bytes(), OTHER.read_bytes()]
    target.write_bytes(versions[0])
    stop = threading.Event()

    def keep_writing() -> None:
        turn = 0
        while not stop.is_set():
            turn += 1
            target.write_bytes(versions[turn % 2])
            stop.wait(0.01)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        summary = run([target], tmp_path / "changing.db")
    finally:
        stop.set()
        writer.join()
    assert summary.imported == 0 and [error.kind for error in summary.errors] == ["changed"]
    assert "import it again" in summary.errors[0].message
    settled = run([target], tmp_path / "changing.db")
    assert settled.imported == 1, "once the file is complete it imports"
    assert sqlite_utils.Database(tmp_path / "changing.db")["import_errors"].count == 0


@pytest.mark.parametrize("title", sorted(TITLE_WORDS))
def test_strip_title_removes_every_title(title):
    assert strip_title(f"{title} Jane Gough") == "Jane Gough"


@given(st.text(max_size=60))
def test_strip_title_never_fails_and_trims(text):
    stripped = strip_title(text)
    assert stripped == stripped.strip(" ,.;:\t\n")
    assert len(stripped) <= len(text)


# a name, not a title before one: "Lt Aa", "Col Smith" (ranks are titles, round 82) are no names to keep whole
names = st.from_regex(r"[A-Z][a-z]{1,10}( [A-Z][a-z]{1,12}){0,2}", fullmatch=True).filter(
    lambda name: not re.match(rf"(?:{TITLES})\s", f"{name} ")
)


@given(st.sampled_from(sorted(TITLE_WORDS)), names)
def test_strip_title_keeps_the_name(title, name):
    assert strip_title(f"  {title} {name}, ") == name
    assert strip_title(name) == name
