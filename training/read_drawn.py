"""The drawn sentences (training/drawn.jsonl) read through the whole NLP pass, rules and shipped model together.

    python training/read_drawn.py              # precision and recall: all, the four fifths, the held-out fifth
    python training/read_drawn.py --misses     # and the four fifths' misses and false hits, to design from
    python training/read_drawn.py --check      # the check set, training/drawn_check.jsonl: figures only
    python training/read_drawn.py --design     # the design set, drawn_design.jsonl (--misses: folds 1-4's misses)
    python training/read_drawn.py --agreement  # a second reader's labels against the first's (no agendaparse)

drawn.jsonl holds sentences of 40 bodies no gold covers, labelled ACTION or OTHER (MODEL_CARD.md), so it is the
one labelled set of action sentences outside `corpus/gold`: how the pass reads phrasing it was not written from.
Each sentence is read as a one-line minutes page, as tests/test_training_drawn.py reads the held-out fifth, and
pairs with an action found as `agendaparse eval` pairs them. The held-out fifth (train.py's split) is a check only:
its misses are never listed. The check set (drawn_check.jsonl, stop 53: sentences of 40 more bodies, labelled blind,
without the pass ever run on them) is never trained on and never designed from: its figures only, by kind. The design
set (drawn_design.jsonl, stop 54: 4,117 sentences of 266 more bodies, labelled the same way) may be studied. A second
reader labelled 628 sentences of both sets again, blind to the first labels (drawn_second.jsonl): `--agreement` says
how far two careful readers agree, the ceiling any reader of these sets can show. A third reader gave each check
sentence the golds' three-way reading (drawn_check_tiers.jsonl: core, borderline as the golds' arguable tier, none);
`--check` also prints the figures without the arguable sentences, as `agendaparse eval` scores only core actions;
drawn_design_tiers.jsonl holds the same reading of the design set, by four more readers (`--design`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from pathlib import Path

from agendaparse.evaluate import JACCARD_MIN, jaccard
from agendaparse.models import AgendaItem, Provenance
from agendaparse.nlp import build_nlp, find_actions
from agendaparse.pdf import Line, PageLayout

DRAWN = Path(__file__).parent / "drawn.jsonl"
CHECK = Path(__file__).parent / "drawn_check.jsonl"
DESIGN = Path(__file__).parent / "drawn_design.jsonl"
SECOND = Path(__file__).parent / "drawn_second.jsonl"
TIERS = Path(__file__).parent / "drawn_check_tiers.jsonl"
DESIGN_TIERS = Path(__file__).parent / "drawn_design_tiers.jsonl"
MEETING = dt.date(2024, 7, 2)  # tests/test_training_drawn.py's meeting


def held_out(record_id: str) -> bool:
    """train.py's split: a fifth held out by hash of the example id (drawn ids prefixed 'drawn:')."""
    return int(hashlib.sha1(f"drawn:{record_id}".encode()).hexdigest(), 16) % 5 == 0


def one_line_page(text: str) -> PageLayout:
    line = Line(text, 60.0, 60.0, min(60.0 + 4.5 * len(text), 572.0), 70.0, 10.0, False)
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=[line])


def read_as_action(nlp, text: str) -> bool:  # noqa: ANN001 (a spaCy Language)
    item = AgendaItem(
        number="5", title="Matters arising", kind="minutes", provenance=Provenance(document="d", page=1, method="read")
    )
    found = find_actions(nlp, [one_line_page(text)], [item], "d", MEETING)
    return any(jaccard(action.text, text) >= JACCARD_MIN for action in found)


def figures(rows: list[tuple[bool, bool]]) -> str:
    found = sum(gold and read for gold, read in rows)
    missed = sum(gold and not read for gold, read in rows)
    false = sum(read and not gold for gold, read in rows)
    precision = found / (found + false) if found + false else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    return (
        f"{len(rows):4d} sentences, {found + missed:3d} ACTION: found {found}, missed {missed}, false {false}; "
        f"precision {100 * precision:.1f}, recall {100 * recall:.1f}"
    )


def fold_of(group: str) -> int:
    """The body-grouped fold (0-4) of a body's sentences: cross_validate.py's folds; fold 0 of the design set is held
    out from design (its misses are never listed)."""
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % 5


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def agreement(first: list[dict], second: list[dict], reader: str = "second") -> str:
    """The second reader's labels scored against the first's on the sentences both labelled (F1 is symmetric)."""
    labels = {record["id"]: record["label"] == "ACTION" for record in first}
    rows = [(labels[record["id"]], record["label"] == "ACTION") for record in second if record["id"] in labels]
    found = sum(a and b for a, b in rows)
    first_count, second_count = sum(a for a, _ in rows), sum(b for _, b in rows)
    same = sum(a == b for a, b in rows)
    return (
        f"{len(rows)} sentences both labelled: ACTION {first_count} by the first reader, {second_count} by the "
        f"{reader}, {found} by both; F1 {200 * found / (first_count + second_count):.1f}, "
        f"same label {100 * same / len(rows):.1f}%"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the four fifths' misses and false hits")
    parser.add_argument("--check", action="store_true", help="the check set's figures (no misses: never designed from)")
    parser.add_argument("--design", action="store_true", help="the design set's figures (--misses: and its misses)")
    parser.add_argument("--agreement", action="store_true", help="the second reader's labels against the first's")
    args = parser.parse_args()
    if args.agreement:
        for name, path in (("check set", CHECK), ("design set", DESIGN)):
            print(f"{name:>15}: {agreement(records_of(path), records_of(SECOND))}")
        tiers = records_of(TIERS)  # a third reading, three-way: core, borderline (arguable), none
        clear = [{"id": r["id"], "label": "ACTION" if r["tier"] == "core" else "OTHER"} for r in tiers
                 if r["tier"] != "borderline"]  # fmt: skip
        print(f"{'check, clear':>15}: {agreement(records_of(CHECK), clear, 'third')} (arguable left out)")
        return
    nlp = build_nlp()
    if args.design:
        records = records_of(DESIGN)
        read = [(record["label"] == "ACTION", read_as_action(nlp, record["text"])) for record in records]
        folds = [fold_of(record["body"]) for record in records]
        print(f"{'design set':>15}: {figures(read)}")
        tiers = {record["id"]: record["tier"] for record in records_of(DESIGN_TIERS)}
        clear = [tiers[record["id"]] != "borderline" for record in records]
        for name, keep in (("folds 1-4", lambda fold: fold), ("fold 0", lambda fold: not fold)):
            part = [(row, sure) for row, fold, sure in zip(read, folds, clear, strict=True) if keep(fold)]
            print(f"{name:>15}: {figures([row for row, _ in part])}")
            print(f"{'  not arguable':>15}: {figures([row for row, sure in part if sure])}")
        for record, (gold, got), fold in zip(records, read, folds, strict=True):
            if args.misses and gold != got and fold:  # fold 0 is held out from design (round broad54)
                tier = tiers[record["id"]]
                print("MISSED" if gold else "FALSE ", record["id"], tier, record["body"], "|", record["text"])
        return
    if args.check:
        records = [json.loads(line) for line in CHECK.read_text().splitlines() if line.strip()]
        read = [(record["label"] == "ACTION", read_as_action(nlp, record["text"])) for record in records]
        print(f"{'check set':>15}: {figures(read)}")
        tiers = {record["id"]: record["tier"] for record in records_of(TIERS)}
        core = [row for record, row in zip(records, read, strict=True) if tiers[record["id"]] != "borderline"]
        print(f"{'without arguable':>15}: {figures(core)}")
        for kind in sorted({record["kind"] for record in records if record["kind"]}):
            found = [got for record, (_, got) in zip(records, read, strict=True) if record["kind"] == kind]
            print(f"{kind:>15}: {sum(found)} of {len(found)} found")
        return
    records = [json.loads(line) for line in DRAWN.read_text().splitlines() if line.strip()]
    read = {record["id"]: read_as_action(nlp, record["text"]) for record in records}
    parts = {
        "all": records,
        "four fifths": [r for r in records if not held_out(r["id"])],
        "held-out fifth": [r for r in records if held_out(r["id"])],
    }
    for name, part in parts.items():
        print(f"{name:>15}: {figures([(r['label'] == 'ACTION', read[r['id']]) for r in part])}")
    if args.misses:
        for record in parts["four fifths"]:
            if (record["label"] == "ACTION") != read[record["id"]]:
                print("MISSED" if read[record["id"]] is False else "FALSE ", record["id"], record["text"])


if __name__ == "__main__":
    main()
