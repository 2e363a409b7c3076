"""The organisations the real pipeline reads wrongly on the dev gold's documents, to design from.

    python training/false_orgs.py --pdf-root /work/shared/corpus/real            # every dev document
    python training/false_orgs.py --pdf-root /work/shared/corpus/real --only kent  # gold files whose name has 'kent'

Each dev document is read as `agendaparse eval --fast` reads it (no OCR) and its organisations compared as the
evaluator compares them (`norm_name`); per document it prints the false ones (read, not in the gold) with the page,
the method and the words as printed of each mention that gave them, then the missed ones. Dev only: the tune and test
golds are never designed from, so the gold folder is fixed here.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from agendaparse.evaluate import load_gold, norm_name, predicted_dict

DEV = Path(__file__).resolve().parent.parent / "corpus" / "gold" / "dev"


def mention_sources(predicted: dict) -> dict[str, list[str]]:
    """Each normalised organisation name with the page, method and printed words of the mentions that gave it."""
    sources: dict[str, list[str]] = {}
    for mention in predicted.get("mentions") or []:
        if mention.get("kind") != "organisation":
            continue
        provenance = mention.get("provenance") or {}
        where = f"p{provenance.get('page')} {provenance.get('method')} {mention.get('text')!r}"
        sources.setdefault(norm_name(mention.get("name")), []).append(where)
    return sources


def show_document(name: str, gold: list[str], predicted: dict, methods: Counter) -> tuple[int, int, int]:
    """Print one document's false and missed organisations; (true, gold, read) counts."""
    want = {norm_name(org) for org in gold} - {""}
    read = {norm_name(org) for org in predicted.get("organisations") or []} - {""}
    sources = mention_sources(predicted)
    if want != read:
        print(f"== {name}: {len(want & read)} of {len(want)} gold, {len(read)} read")
    for org in sorted(read - want):
        where = sources.get(org) or ["(no mention)"]
        methods.update({entry.split(" ")[1] for entry in where})
        print(f"  FALSE  {org!r}  <- {'; '.join(dict.fromkeys(where))}"[:400])
    for org in sorted(want - read):
        print(f"  MISSED {org!r}")
    return len(want & read), len(want), len(read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf-root", required=True, help="folder the gold files' source.path are relative to")
    parser.add_argument("--only", default="", help="read only gold files whose name contains this")
    args = parser.parse_args()
    totals = [0, 0, 0]
    methods: Counter = Counter()
    for gold_path, gold in load_gold(DEV):
        if args.only not in gold_path.name or gold.get("organisations") is None:
            continue
        predicted = predicted_dict(Path(args.pdf_root) / gold["source"]["path"], fast=True)
        for index, count in enumerate(show_document(gold_path.name, gold["organisations"], predicted, methods)):
            totals[index] += count
    hits, wanted, read = totals
    print(f"organisations: {hits} true of {wanted} gold, {read} read ({read - hits} false, {wanted - hits} missed)")
    print("false ones' methods:", dict(methods.most_common()))


if __name__ == "__main__":
    main()
