"""List the sentences of the training sources for annotation (JSONL on stdout).

    python training/make_candidates.py > /tmp/candidates.jsonl

Each line: {"id", "path", "sha256", "page", "start", "end", "text", "rule"} where (page, start,
end) index pypdfium2's raw page text and "rule" is what the current rules say (or null).
Sentences that cannot be located exactly in the raw text are left out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from references import locate, raw_page_texts  # noqa: E402

from agendaparse import nlp, segment  # noqa: E402
from agendaparse.pdf import file_sha256, read_pages  # noqa: E402

REAL = HERE.parent.parent / "shared" / "corpus" / "real"


def sources() -> list[str]:
    lines = (HERE / "sources.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    for source in sources():
        path = str(REAL / source)
        pages = read_pages(path)
        raws = raw_page_texts(path)
        sha = file_sha256(path)
        facts = segment.document_facts(pages)
        items = segment.minutes_items(pages, sha) if facts.doc_type == "minutes" else []
        cursor: dict[int, int] = {}
        for sentence in nlp.sentences(pages, items):
            if len(sentence.text) < 12:
                continue
            found = locate(sentence.text, raws[sentence.page - 1], cursor.get(sentence.page, 0))
            if found is None:
                continue
            cursor[sentence.page] = found[0]
            rule = nlp.classify(sentence)
            key = f"{sha}:{sentence.page}:{found[0]}:{found[1]}"
            record = {
                "id": hashlib.sha1(key.encode()).hexdigest()[:12],
                "path": source,
                "sha256": sha,
                "page": sentence.page,
                "start": found[0],
                "end": found[1],
                "text": sentence.text,
                "rule": rule[0] if rule and rule[2] else None,
            }
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
