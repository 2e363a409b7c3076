"""Train agendaparse's action-sentence classifier from its two sources, reproducibly.

    python training/train.py              # trains, evaluates on the held-out fifth, installs the model
    python training/train.py --check      # retrains in a temp dir and compares with the shipped figures
    python training/train.py --write-cues # rewrites the cue tags stored in training/drawn.jsonl

Sources: training/annotations.jsonl holds references (sha256, page, char offsets into pypdfium2's raw
page text) plus labels; those sentences are read back from ../shared/corpus/real, so no source text is
stored there. training/drawn.jsonl holds sentences drawn from published minutes pages (names, places and
numbers changed), one a line with its label, source address, body and the cue tags the classifier reads.
The model goes to src/agendaparse/data/action_classifier and its figures to training/metrics.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
from references import raw_page_texts, resolve  # noqa: E402

from agendaparse.nlp import classifier_text, cue_tags  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"
DRAWN = HERE / "drawn.jsonl"
MODEL_DIR = ROOT / "src" / "agendaparse" / "data" / "action_classifier"
METRICS = HERE / "metrics.json"
LABELS = ("ACTION", "OTHER")


SOURCES = ("annotations", "drawn")


def load_examples(sources: tuple[str, ...] = SOURCES) -> list[tuple[str, str, str]]:
    """(id, text, label) for every example of the given sources, in SOURCES order."""
    loaders = {"annotations": load_annotations, "drawn": load_drawn}
    return [example for name in SOURCES if name in sources for example in loaders[name]()]


def load_annotations() -> list[tuple[str, str, str]]:
    """(id, text, label) for every annotation, text read back from the PDFs."""
    annotations = [json.loads(line) for line in (HERE / "annotations.jsonl").read_text().splitlines() if line]
    pages: dict[str, list[str]] = {}
    examples = []
    for note in annotations:
        path = str(REAL / note["path"])
        if path not in pages:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            if digest != note["sha256"]:
                raise SystemExit(f"{note['path']}: sha256 differs from the annotation; the corpus changed")
            pages[path] = raw_page_texts(path)
        text = resolve(pages[path][note["page"] - 1], note["start"], note["end"])
        examples.append((note["id"], text, "ACTION" if note["label"] == "action" else "OTHER"))
    return examples


DRAWN_PREFIX = "drawn:"  # drawn ids share no hash bucket rule with annotation ids by accident of equal strings


def drawn_records() -> list[dict]:
    return [json.loads(line) for line in DRAWN.read_text().splitlines() if line.strip()]


def load_drawn() -> list[tuple[str, str, str]]:
    """(id, text, label) for every drawn sentence; its stored cue tags must be those the classifier reads now."""
    examples = []
    for record in drawn_records():
        if record["cues"] != cue_tags(record["text"]):
            raise SystemExit(
                f"drawn.jsonl {record['id']}: stored cues {record['cues']} differ from cue_tags() "
                f"{cue_tags(record['text'])}; the classifier's inputs changed (python training/train.py --write-cues)"
            )
        examples.append((DRAWN_PREFIX + record["id"], record["text"], record["label"]))
    return examples


def write_cues() -> int:
    """Rewrite drawn.jsonl's cue tags from cue_tags(); the number of records changed."""
    records, changed = drawn_records(), 0
    for record in records:
        cues = cue_tags(record["text"])
        changed += cues != record["cues"]
        record["cues"] = cues
    DRAWN.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
    return changed


def split(examples: list[tuple[str, str, str]]) -> tuple[list, list]:
    """Deterministic: a fifth held out by hash of the annotation id."""
    train, held_out = [], []
    for example in examples:
        bucket = int(hashlib.sha1(example[0].encode()).hexdigest(), 16) % 5
        (held_out if bucket == 0 else train).append(example)
    return train, held_out


OVERSAMPLE_POSITIVES = 4  # actions are about 7% of sentences; repeat them so the classifier learns them


def to_docbin(examples: list[tuple[str, str, str]], path: Path, oversample: int = 1) -> None:
    nlp = spacy.blank("en")
    bin_ = DocBin()
    repeated = [ex for ex in examples for _ in range(oversample if ex[2] == "ACTION" else 1)]
    for _, text, label in repeated:
        doc = nlp.make_doc(classifier_text(text))
        doc.cats = {name: float(name == label) for name in LABELS}
        bin_.add(doc)
    bin_.to_disk(path)


def evaluate(model_path: Path, examples: list[tuple[str, str, str]], threshold: float = 0.5) -> dict[str, float]:
    nlp = spacy.load(model_path)
    tp = fp = fn = 0
    texts = (classifier_text(text) for _, text, _ in examples)
    for doc, (_, _, label) in zip(nlp.pipe(texts), examples, strict=True):
        predicted = doc.cats["ACTION"] >= threshold
        actual = label == "ACTION"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def train_model(output: Path, sources: tuple[str, ...] = SOURCES) -> dict[str, object]:
    """Train on ``sources`` into ``output``; figures on their held-out fifth, and each source's share of the held-out
    fifth of both sources (a source not trained on is then wholly unseen)."""
    random.seed(13)
    examples = load_examples(sources)
    train, held_out = split(examples)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        to_docbin(train, tmp_path / "train.spacy", oversample=OVERSAMPLE_POSITIVES)
        to_docbin(held_out, tmp_path / "dev.spacy")
        spacy_train(
            HERE / "config.cfg",
            tmp_path / "out",
            overrides={"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")},
            use_gpu=-1,
        )
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(tmp_path / "out" / "model-best", output)
    scores = evaluate(output, held_out)
    sweep = {str(t): evaluate(output, held_out, t) for t in THRESHOLDS}
    _, held_out_all = split(load_examples())
    return {
        "trained_on": list(sources),
        "examples": len(examples),
        "train": len(train),
        "held_out": len(held_out),
        "positives": sum(label == "ACTION" for _, _, label in examples),
        "held_out_scores": scores,
        "threshold_sweep": sweep,
        "sources": {
            name: source_figures(output, part, held_out_all) for name, part in by_source(load_examples()).items()
        },
    }


THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def by_source(examples: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, str, str]]]:
    drawn = [example for example in examples if example[0].startswith(DRAWN_PREFIX)]
    return {"annotations": [example for example in examples if not example[0].startswith(DRAWN_PREFIX)], "drawn": drawn}


def source_figures(model: Path, part: list[tuple[str, str, str]], held_out: list[tuple[str, str, str]]) -> dict:
    """One source's size and the model's figures on that source's share of the held-out fifth."""
    ids = {example[0] for example in part}
    mine = [example for example in held_out if example[0] in ids]
    return {
        "examples": len(part),
        "positives": sum(label == "ACTION" for _, _, label in part),
        "held_out": len(mine),
        "held_out_positives": sum(label == "ACTION" for _, _, label in mine),
        "held_out_scores": evaluate(model, mine),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="retrain elsewhere and compare with the shipped figures")
    parser.add_argument("--write-cues", action="store_true", help="rewrite the cue tags stored in drawn.jsonl")
    parser.add_argument("--sources", default=",".join(SOURCES), help="comma-separated sources to train on")
    parser.add_argument("--output", type=Path, help="train into this folder (metrics.json beside the model), not ship")
    args = parser.parse_args()
    sources = tuple(name for name in args.sources.split(",") if name)
    if not sources or set(sources) - set(SOURCES):
        raise SystemExit(f"--sources: choose from {SOURCES}")
    if args.write_cues:
        print(f"{write_cues()} drawn records changed")
        return
    if args.check:
        shipped = json.loads(METRICS.read_text())
        with tempfile.TemporaryDirectory() as tmp:  # the sources the shipped model was trained on
            metrics = train_model(Path(tmp) / "model", tuple(shipped.get("trained_on", ["annotations"])))
        delta = abs(metrics["held_out_scores"]["f1"] - shipped["held_out_scores"]["f1"])
        print(json.dumps({"retrained": metrics, "shipped": shipped, "f1_difference": round(delta, 4)}, indent=2))
        raise SystemExit(0 if delta <= 0.01 else 1)
    if args.output:
        metrics = train_model(args.output / "model", sources)
        (args.output / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    else:
        metrics = train_model(MODEL_DIR, sources)
        METRICS.write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
