"""Regenerate the generated parts of README.md (the database schema). `make readme` runs it."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from agendaparse.store import open_db, schema_sql  # noqa: E402

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- schema:start -->", "<!-- schema:end -->"


def generated_schema() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "schema.db")
        sql = schema_sql(db)
        db.close()
    return f"{START}\n```sql\n{sql}\n```\n{END}"


def updated(text: str) -> str:
    return re.sub(re.escape(START) + ".*?" + re.escape(END), generated_schema(), text, flags=re.S)


if __name__ == "__main__":
    README.write_text(updated(README.read_text()))
