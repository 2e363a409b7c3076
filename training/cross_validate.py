"""Does a classifier trained on many more bodies' sentences read unseen bodies better? Cross-validation by body.

    python training/cross_validate.py                  # 5 folds, ensemble config, thresholds 0.5 0.7 0.9
    python training/cross_validate.py --folds 0 1 --config training/config.cfg --thresholds 0.5

Every labelled sentence of the three design sources (annotations.jsonl, drawn.jsonl, drawn_design.jsonl; never
drawn_check.jsonl) is given to one of five folds by a hash of its body (an annotation's: its document's folder), so a
fold's bodies are never seen in training. For each fold a classifier is trained on the other four with ``--config``
(train.py's data preparation: cue tags, positives repeated; a tenth of those bodies choose the epoch), and the fold's
sentences are read through the whole NLP pass, each a one-line minutes page as read_drawn.py reads them: first with
the rules and the shipped classifier, then with the fold's classifier in its place at each threshold. Figures only;
about four minutes a fold on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tempfile
from pathlib import Path

from read_drawn import figures, fold_of, read_as_action
from spacy.cli.train import train as spacy_train
from train import DRAWN_PREFIX, HERE, OVERSAMPLE_POSITIVES, drawn_records, load_annotations, to_docbin

from agendaparse.nlp import build_nlp

DESIGN = HERE / "drawn_design.jsonl"
FOLDS = 5


def design_records() -> list[dict]:
    return [json.loads(line) for line in DESIGN.read_text().splitlines() if line.strip()]


def grouped_examples() -> list[tuple[str, str, str, str]]:
    """(id, text, label, group) for every design sentence; the group is the body (an annotation's document folder)."""
    folders = {
        note["id"]: note["path"].split("/")[0]
        for note in map(json.loads, (HERE / "annotations.jsonl").read_text().splitlines())
    }
    examples = [(id_, text, label, f"annotations:{folders[id_]}") for id_, text, label in load_annotations()]
    examples += [(DRAWN_PREFIX + r["id"], r["text"], r["label"], r["body"]) for r in drawn_records()]
    examples += [(f"design:{r['id']}", r["text"], r["label"], r["body"]) for r in design_records()]
    return examples


def train_fold(config: Path, examples: list, output: Path) -> None:
    """Train on ``examples``; a tenth of their bodies picks the best epoch, so the held-out fold never does."""
    random.seed(13)
    dev = [example for example in examples if int(hashlib.sha1(f"dev:{example[3]}".encode()).hexdigest(), 16) % 10 == 0]
    train = [example for example in examples if example not in dev]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        to_docbin([example[:3] for example in train], tmp_path / "train.spacy", oversample=OVERSAMPLE_POSITIVES)
        to_docbin([example[:3] for example in dev], tmp_path / "dev.spacy")
        overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")}
        spacy_train(config, tmp_path / "out", overrides=overrides, use_gpu=-1)
        (tmp_path / "out" / "model-best").rename(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, default=HERE / "config_ensemble.cfg")
    parser.add_argument("--folds", type=int, nargs="+", default=list(range(FOLDS)))
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.7, 0.9])
    args = parser.parse_args()
    examples = grouped_examples()
    shipped = build_nlp()
    for fold in args.folds:
        train = [example for example in examples if fold_of(example[3]) != fold]
        held_out = [example for example in examples if fold_of(example[3]) == fold]
        gold = [label == "ACTION" for _, _, label, _ in held_out]
        rules = [read_as_action(shipped, text) for _, text, _, _ in held_out]
        print(f"fold {fold}: {len({e[3] for e in held_out})} bodies unseen in training", flush=True)
        print(f"  {'shipped':>14}: {figures(list(zip(gold, rules, strict=True)))}", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "model"
            train_fold(args.config, train, model)
            for threshold in args.thresholds:
                nlp = build_nlp({"action_classifier": {"model": str(model), "threshold": threshold}})
                read = [read_as_action(nlp, text) for _, text, _, _ in held_out]
                print(f"  {f'fold model {threshold}':>14}: {figures(list(zip(gold, read, strict=True)))}", flush=True)


if __name__ == "__main__":
    main()
