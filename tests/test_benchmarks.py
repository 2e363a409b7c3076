"""The hostile-lines benchmark stays runnable: every reader it times is still there and reads a plain line, and
every round's line is a long one. Behaviour only; the timing is the benchmark's (benchmarks/adversarial_text.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import adversarial_text  # noqa: E402
from hostile_lines import ROUND_LINES  # noqa: E402

READER_TABLES = {
    "segment": adversarial_text.segment_readers,
    "tables": adversarial_text.tables_readers,
    "nlp": adversarial_text.nlp_readers,
}


@pytest.mark.parametrize("stage", list(READER_TABLES))
def test_every_reader_reads_a_plain_line(stage: str) -> None:
    readers = READER_TABLES[stage]()
    assert readers
    for name, reader in readers.items():
        try:
            reader(adversarial_text.REALISTIC)
        except Exception as error:  # pragma: no cover - the message names the reader
            pytest.fail(f"{stage} reader {name!r} failed on a plain line: {error!r}")


def test_round_lines_are_long_lines_named_by_their_suite() -> None:
    for suite, lines in ROUND_LINES.items():
        assert (BENCHMARKS.parent / "tests" / f"test_{suite}.py").exists(), suite
        assert lines and all(isinstance(line, str) and len(line) >= 5_000 for line in lines), suite


def test_round_inputs_leave_out_repeats() -> None:
    inputs = adversarial_text.round_inputs()
    assert len(set(inputs.values())) == len(inputs)
    assert not set(inputs.values()) & set(adversarial_text.HOSTILE.values())


def test_every_stage_has_module_patterns() -> None:
    for stage in ("segment", "tables", "nlp", "core"):
        assert adversarial_text.module_regexes(stage), stage


def test_ocr_benchmark_finds_the_parish_scans_among_all() -> None:
    import ocr

    if not ocr.REAL.is_dir():
        pytest.skip("../shared/corpus/real is absent: the OCR benchmark reads its scanned PDFs")
    parish, everything = ocr.scanned_files(False), ocr.scanned_files(True)
    assert parish and set(parish) < set(everything)
    assert all("scanned" in path.name for path in everything)
