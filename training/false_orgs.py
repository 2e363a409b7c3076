"""The organisations the real pipeline reads wrongly on the dev gold's documents, to design from.

    python training/false_orgs.py --pdf-root /work/shared/corpus/real            # every dev document
    python training/false_orgs.py --pdf-root /work/shared/corpus/real --only kent  # gold files whose name has 'kent'
    python training/false_orgs.py --drawn            # organisations read in the drawn sentences, against the review
    python training/false_orgs.py --drawn --lines    # and every organisation read, with its method and sentence

Each dev document is read as `agendaparse eval --fast` reads it (no OCR) and its organisations compared as the
evaluator compares them (`norm_name`); per document it prints the false ones (read, not in the gold) with the page,
the method and the words as printed of each mention that gave them, then the missed ones. Dev only: the tune and test
golds are never designed from, so the gold folder is fixed here.

`--drawn` reads the drawn sentences of about 250 bodies no gold holds (training/drawn.jsonl and folds 1-4 of
training/drawn_design.jsonl; fold 0 is held out and never read), each body's sentences as one document, and counts
its organisations against training/orgs_drawn_review.jsonl (stop 64): how many of the names the review marked false
are still read, and how many names are read that the review has not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from agendaparse.evaluate import load_gold, norm_name, predicted_dict
from agendaparse.nlp import find_mentions, merge_person_aliases

HERE = Path(__file__).resolve().parent
DEV = HERE.parent / "corpus" / "gold" / "dev"
REVIEW = HERE / "orgs_drawn_review.jsonl"


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


def drawn_sentences() -> dict[str, list[str]]:
    """Each body's drawn sentences in order: training/drawn.jsonl, then folds 1-4 of training/drawn_design.jsonl."""
    sys.path.insert(0, str(HERE))
    from read_drawn import fold_of, records_of

    records = records_of(HERE / "drawn.jsonl")
    records += [record for record in records_of(HERE / "drawn_design.jsonl") if fold_of(record["body"]) != 0]
    by_body: dict[str, list[str]] = defaultdict(list)
    for record in records:
        by_body[record["body"]].append(record["text"])
    return by_body


def drawn_organisations() -> list[tuple[str, str, str, str]]:
    """(body, organisation, method, sentence) of every organisation mention the NLP pass reads in the drawn sets."""
    from read_sets import page_of_text

    read = []
    for body, texts in drawn_sentences().items():
        pages = [page_of_text(text, number) for number, text in enumerate(texts, 1)]
        for mention in merge_person_aliases(find_mentions(pages, "d")):
            if mention.kind == "organisation":
                method = getattr(mention.provenance, "method", "")
                read.append((body, mention.name, method, texts[mention.provenance.page - 1]))
    return read


def show_drawn(lines: bool) -> None:
    """Count the drawn sets' organisations against the review; with ``lines``, print each one read."""
    review = {(r["body"], r["name"]): r for r in map(json.loads, filter(str.strip, REVIEW.read_text().splitlines()))}
    read = drawn_organisations()
    if lines:
        for body, name, method, sentence in read:
            print(f"{body} | {name} | {method} | {sentence[:200]}")
    names = {(body, name) for body, name, _, _ in read}
    for verdict in ("false", "arguable"):
        marked = {key for key, entry in review.items() if entry["verdict"] == verdict}
        still = sorted(marked & names)
        print(f"reviewed {verdict}: {len(still)} of {len(marked)} still read")
        for body, name in still if verdict == "false" else ():
            print(f"  {review[(body, name)]['form']:<16} {body[:40]} | {name}")
    unseen = sorted(names - set(review))
    print(f"read, not in the review: {len(unseen)} of {len(names)} names read (body, name)")
    for body, name in unseen:
        print(f"  NEW  {body[:40]} | {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf-root", help="folder the gold files' source.path are relative to")
    parser.add_argument("--only", default="", help="read only gold files whose name contains this")
    parser.add_argument("--drawn", action="store_true", help="the drawn sentences' organisations against the review")
    parser.add_argument("--lines", action="store_true", help="with --drawn: every organisation read, with its sentence")
    args = parser.parse_args()
    if args.drawn:
        show_drawn(args.lines)
        return
    if not args.pdf_root:
        parser.error("--pdf-root is needed to read the dev documents")
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
