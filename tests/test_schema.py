import json

from agendaparse.models import json_schema
from conftest import ROOT


def test_schema_file_matches_models():
    """schemas/ is generated from the models: regenerate with `make schema` when this fails."""
    on_disk = json.loads((ROOT / "schemas" / "extraction.schema.json").read_text())
    assert on_disk == json.loads(json.dumps(json_schema(), sort_keys=True))
