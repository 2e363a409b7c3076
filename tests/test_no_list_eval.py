"""scripts/no_list_eval.py: the list of named bodies less the bodies our gold names, and the run that scores with it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from agendaparse.evaluate import evaluate
from conftest import REAL, ROOT, needs_shared

SCRIPT = ROOT / "scripts" / "no_list_eval.py"
spec = importlib.util.spec_from_file_location("no_list_eval", SCRIPT)
no_list_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(no_list_eval)


def test_an_entry_goes_when_any_of_its_names_is_a_gold_body():
    lines = ["# comment", "Department for Work and Pensions | DWP", "Home Office", "", "Met Office"]
    assert no_list_eval.list_without(lines, {"DWP", "Met Office"}) == ["# comment", "Home Office", ""]


def test_gold_bodies_reads_the_organisations_of_every_gold_file(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"organisations": ["Homes England", " LGA "]}))
    (tmp_path / "b.json").write_text(json.dumps({"organisations": None}))
    assert no_list_eval.gold_bodies([tmp_path]) == {"Homes England", "LGA"}


@needs_shared()
def test_the_run_scores_with_the_trimmed_list_and_leaves_the_file_alone(tmp_path):
    listed = (ROOT / "src" / "agendaparse" / "data" / "organisations.txt").read_bytes()
    gold = tmp_path / "gold"
    gold.mkdir()
    name = "cabinet-office__2013-05-14_odug_minutes.json"  # names national bodies the list holds
    (gold / name).write_text((ROOT / "corpus" / "gold" / "dev" / name).read_text())
    out = tmp_path / "report.json"
    command = [sys.executable, str(SCRIPT), str(gold), "--pdf-root", str(REAL), "--json", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "entries naming a body of the dev or tune gold" in result.stdout
    trimmed = json.loads(out.read_text())
    listed_run = evaluate(gold, REAL, fast=True).to_json_dict()
    assert trimmed["documents_scored"] == listed_run["documents_scored"] == 1
    assert trimmed["counts"]["organisations"]["tp"] < listed_run["counts"]["organisations"]["tp"]
    assert (ROOT / "src" / "agendaparse" / "data" / "organisations.txt").read_bytes() == listed
