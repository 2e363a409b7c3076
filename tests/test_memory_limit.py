"""`--memory-limit`: what one document may add to a worker, and what a document over it becomes."""

from __future__ import annotations

import mmap
import sys

import pytest

from agendaparse.batch import DEFAULT_MEMORY_MB, import_paths
from conftest import REAL, needs_shared

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc are Linux's")

SOULDERN = "souldern-pc/2023-08-31_spc_minutes_action_log.pdf"
FRONTSHEET = "kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf"


@needs_shared()
def test_a_large_parent_does_not_eat_the_workers_allowance(tmp_path):
    """The CI run in which souldern failed as "internal error: SystemError: error return without
    exception set": the pytest process had grown, its forked worker started with that address space,
    and a limit counted from zero left the document almost nothing."""
    reserved = mmap.mmap(-1, (DEFAULT_MEMORY_MB - 150) * 1024 * 1024)  # address space only, never touched
    try:
        summary = import_paths([str(REAL / SOULDERN)], tmp_path / "x.db", workers=1, progress=False, ocr="never")
    finally:
        reserved.close()
    assert summary.errors == []
    assert summary.imported == 1


def _grow_until_refused(*args, **kwargs):
    """An extraction that takes memory 8 MB at a time until the cap refuses it (a forked worker runs it)."""
    held = []
    while True:
        held.append(bytearray(8 << 20))


def _grow_then_misname(*args, **kwargs):
    """The same, but the library reports the refusal as something else, as C extensions do."""
    held = []
    try:
        while True:
            held.append(bytearray(8 << 20))
    except MemoryError:
        del held
        raise SystemError("error return without exception set") from None


@needs_shared()
@pytest.mark.parametrize("extraction", [_grow_until_refused, _grow_then_misname])
def test_a_document_over_the_limit_is_a_memory_error_and_the_batch_goes_on(tmp_path, monkeypatch, extraction):
    """Whatever the parent has already loaded (a worker is forked from it), a document growing past the cap is a
    `memory` error naming the option to raise, and the rest of the batch, and a later run, import."""
    import agendaparse.extract

    files = [str(REAL / SOULDERN), str(REAL / FRONTSHEET)]
    with monkeypatch.context() as patch:
        patch.setattr(agendaparse.extract, "extract_document", extraction)
        starved = import_paths(files, tmp_path / "x.db", workers=1, progress=False, ocr="never", memory_mb=256)
    assert starved.imported == 0 and starved.failed == 2
    for error in starved.errors:
        assert error.kind == "memory", error.message
        assert "--memory-limit" in error.message and error.file in files
    rerun = import_paths(files, tmp_path / "x.db", workers=1, progress=False, ocr="never")
    assert rerun.imported == 2 and rerun.errors == []
