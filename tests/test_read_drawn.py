"""training/read_drawn.py: the drawn sentences read through the whole NLP pass (MODEL_CARD.md's figures)."""

from __future__ import annotations

import importlib.util
import re
from types import ModuleType

from conftest import ROOT
from minutes_page import shared_nlp
from test_training_drawn import drawn, held_out


def read_drawn() -> ModuleType:
    spec = importlib.util.spec_from_file_location("read_drawn", ROOT / "training" / "read_drawn.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_held_out_fifth_is_train_py_split() -> None:
    module = read_drawn()
    assert [module.held_out(r["id"]) for r in drawn()] == [held_out("drawn:" + r["id"]) for r in drawn()]


def test_figures_count_found_missed_and_false() -> None:
    line = read_drawn().figures([(True, True), (True, False), (False, True), (False, False)])
    assert line.endswith("2 ACTION: found 1, missed 1, false 1; precision 50.0, recall 50.0")


def test_sentence_read_through_the_pass() -> None:
    module = read_drawn()
    assert module.read_as_action(shared_nlp(), "ACTION: Penny Pyke to set up meeting dates for the rest of the year.")
    assert not module.read_as_action(shared_nlp(), "The meeting closed at 9.15pm.")


def test_check_set_prints_figures_only(monkeypatch, capsys) -> None:  # noqa: ANN001 (pytest fixtures)
    """--check with --misses still lists no sentence: the check set is never designed from."""
    monkeypatch.setattr("sys.argv", ["read_drawn.py", "--check", "--misses"])
    read_drawn().main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].lstrip().startswith("check set:") and "sentences" in lines[0]
    # the same figures without the sentences a third reader calls arguable (the golds' borderline tier)
    assert lines[1].lstrip().startswith("without arguable:") and "sentences" in lines[1]
    assert all(re.fullmatch(r"\s*[a-z]+: \d+ of \d+ found", line) for line in lines[2:]), lines
