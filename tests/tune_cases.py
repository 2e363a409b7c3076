"""The tune split's real documents (corpus/gold/tune), as the tune suites read them: by path under
../shared/corpus/real, each extracted once per test session (fast: no OCR)."""

from __future__ import annotations

import json
from functools import lru_cache

from agendaparse.evaluate import predicted_dict
from conftest import REAL, ROOT

TUNE = ROOT / "corpus" / "gold" / "tune"

AYTON_2013 = "ayton-cc/2013-11-05_ayton_cc_minutes.pdf"
KENT_DECISION = "kent-cc/2025-01-30_24-00096_proposed_record_of_decision.pdf"
KENT_QA = "kent-cc/2025-03-13_county_council_questions_and_answers.pdf"
NIPISSING_AGENDA = "nipissing-township/2024-03-19_amended_agenda.pdf"
OMAHA_2012 = "omaha/2012-10-16_city_council_agenda.pdf"
SUFFOLK_2012 = "suffolk-libraries/2012-09-11_board_minutes.pdf"
SUFFOLK_2016 = "suffolk-libraries/2016-01-28_board_minutes.pdf"


@lru_cache(maxsize=16)
def extracted(path: str) -> dict:
    """The extraction of the real PDF at ``path`` as `agendaparse eval --fast` scores it."""
    return predicted_dict(REAL / path, fast=True)


def tune_gold(path: str) -> dict:
    """The tune split's annotation of the real PDF at ``path``."""
    return json.loads((TUNE / (path.replace("/", "__")[:-4] + ".json")).read_text(encoding="utf-8"))
