from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
import sqlite_utils
from filelock import FileLock
from hypothesis import settings

from agendaparse.models import Provenance, Table
from agendaparse.pdf import ocr_available

# Property tests check answers, not speed (speed lives in benchmarks/): no per-example deadline, which a loaded
# 2-core CI machine would otherwise turn into flaky failures.
settings.register_profile("agendaparse", deadline=None)
settings.load_profile("agendaparse")

# A stage that fails on a document raises in tests (in use it only costs that stage's records: extract.py).
os.environ.setdefault("AGENDAPARSE_STRICT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
REAL = SHARED / "real"
HOSTILE = SHARED / "hostile"
TABLES = SHARED / "tables"
NO_SHARED = "../shared/corpus is absent: the real council PDFs live there (CI has it)"
# scanned-paper tests: scripts/system-deps.sh installs Tesseract (make test runs it first)
needs_tesseract = pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")


def manifest(folder: Path) -> list[dict[str, str]]:
    with open(folder / "MANIFEST.tsv", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def needs_shared(folder: Path = REAL):
    return pytest.mark.skipif(not folder.is_dir(), reason=NO_SHARED)


def needs_ocr(test):
    """Skip a test that reads pages as pictures where Tesseract or poppler's pdftoppm is not installed."""
    for tool in ("tesseract", "pdftoppm"):
        reason = f"{tool} is not installed (scripts/system-deps.sh)"
        test = pytest.mark.skipif(shutil.which(tool) is None, reason=reason)(test)
    return test


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def fresh_db(db_path: Path) -> sqlite_utils.Database:
    from agendaparse.store import open_db

    return open_db(db_path)


@pytest.fixture(scope="session")
def real_db(tmp_path_factory, worker_id: str) -> Path:
    """The whole real corpus imported once for the test run, read-only (a test that writes copies it first).

    Under pytest-xdist each worker has its own session, so the first worker to ask imports the corpus under a file
    lock in the run's shared temporary folder and the others open the same file: one import, not one a worker."""
    if not REAL.is_dir():
        pytest.skip(NO_SHARED)
    from agendaparse.batch import import_paths

    folder = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    path = folder / "real_corpus" / "real.db"
    path.parent.mkdir(exist_ok=True)
    with FileLock(str(path) + ".lock"):
        if not path.with_suffix(".imported").exists():
            summary = import_paths([str(REAL)], path, workers=2, progress=False, ocr="never")
            assert summary.files == len(manifest(REAL))
            path.with_suffix(".imported").touch()
    return path


def make_table(header: list[str], rows: list[list[str]], page: int = 1, bbox=(50.0, 100.0, 500.0, 800.0)) -> Table:
    """A one-page table as the table finder would give it (no header row: ``header=[]``)."""
    return Table(
        n_rows=len(rows),
        n_cols=len(header) or len(rows[0]),
        header=header,
        rows=rows,
        page_start=page,
        page_end=page,
        bbox=bbox,
        provenance=Provenance(document="doc", page=page, method="test"),
    )


# pytest-xdist hands tests out in collection order; the longest single tests (the ratchet's whole-split evaluations,
# up to two minutes each, and the browser's walk through the tracker, about one) go first so that none of them is
# handed out last while the other workers sit idle.
LONGEST_FIRST = ("test_ratchet.py", "test_browser.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in LONGEST_FIRST)
