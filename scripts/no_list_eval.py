"""Score a gold split as if the list of named bodies did not know the bodies our gold names.

    .venv/bin/python scripts/no_list_eval.py corpus/gold/dev      # fast eval, printed as `agendaparse eval` prints
    .venv/bin/python scripts/no_list_eval.py corpus/gold/tune --json /tmp/tune-no-list.json

`data/organisations.txt` names national bodies (Cabinet Office, DWP, Homes England, ...). Bodies on a page are found
by that list or by their shape ("Department for ...", "... Partnership", an acronym the page defines). A split whose
bodies the list happens to hold measures the list more than the readers; an unseen document names bodies no list
holds. So this run drops every entry of the list (a line with any name or alias) that equals a body named in the
dev or tune gold, and scores the split: the organisations figure is then a proxy for unseen documents (stop 38).
The list file itself is never changed: the run points `agendaparse.lexicon` at a trimmed copy in a scratch folder.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from agendaparse import lexicon  # noqa: E402

NAMES_FROM = (ROOT / "corpus" / "gold" / "dev", ROOT / "corpus" / "gold" / "tune")
REAL = ROOT.parent / "shared" / "corpus" / "real"


def gold_bodies(folders: Iterable[Path]) -> set[str]:
    """Every organisation the gold files of `folders` name."""
    names: set[str] = set()
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            for body in json.loads(path.read_text()).get("organisations") or []:
                name = body.get("name") if isinstance(body, dict) else body
                if name and name.strip():
                    names.add(name.strip())
    return names


def list_without(lines: Iterable[str], bodies: set[str]) -> list[str]:
    """The list's lines, less each entry any of whose names is one of `bodies` (comments kept)."""
    return [
        line
        for line in lines
        if not line.strip() or line.startswith("#") or not any(name.strip() in bodies for name in line.split(" | "))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, help="The gold folder to score (corpus/gold/dev or corpus/gold/tune).")
    parser.add_argument("--pdf-root", type=Path, default=REAL, help="Where the real PDFs are.")
    parser.add_argument("--json", type=Path, help="Write every figure, as `agendaparse eval --json` does.")
    args = parser.parse_args()
    if not args.pdf_root.is_dir():
        print(f"{args.pdf_root}: not found; the real PDFs are needed to measure", file=sys.stderr)
        return 2
    lines = lexicon.ORGANISATIONS_FILE.read_text(encoding="utf-8").splitlines()
    kept = list_without(lines, gold_bodies(NAMES_FROM))
    with tempfile.TemporaryDirectory(prefix="agendaparse-no-list-") as scratch:
        trimmed = Path(scratch) / "organisations.txt"
        trimmed.write_text("\n".join(kept) + "\n", encoding="utf-8")
        lexicon.ORGANISATIONS_FILE = trimmed  # before any stage reads the list (each reads it once, cached)
        lexicon.organisation_groups.cache_clear()
        from agendaparse.evaluate import evaluate, format_report

        report = evaluate(args.gold, args.pdf_root, fast=True)
    removed = sum(1 for line in lines if line.strip() and not line.startswith("#")) - sum(
        1 for line in kept if line.strip() and not line.startswith("#")
    )
    print(f"data/organisations.txt less {removed} entries naming a body of the dev or tune gold\n")
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report.to_json_dict(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
