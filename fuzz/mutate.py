"""Mutation fuzzer: corrupt bytes of corpus PDFs and check every input ends in a record or a
recorded error within the time limit.

    python fuzz/mutate.py --minutes 30                 # prints a summary line every minute
    python fuzz/mutate.py --minutes 1 --seed 3         # a short run

Each mutated file goes through the importer's own per-document function in a killable worker
process (the path `agendaparse import` uses). Outcomes: `record` (an extraction), `error:KIND`
(an AgendaparseError: what the importer records in import_errors), `timeout` (stopped at the limit,
also recorded). An exception of any other type is a finding: the input is kept under
fuzz/findings/ with the traceback, so it can become a regression test.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
import traceback
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from agendaparse.batch import extract_in_worker  # noqa: E402
from agendaparse.errors import AgendaparseError  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FINDINGS = Path(__file__).resolve().parent / "findings"


def seeds(max_bytes: int = 400_000) -> list[Path]:
    files = sorted((CORPUS / "real").rglob("*.pdf")) + sorted((CORPUS / "hostile").glob("*.pdf"))
    return [path for path in files if 0 < path.stat().st_size <= max_bytes]


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["flip", "zero", "truncate", "duplicate", "junk", "delete"])
        if not data:
            break
        at = rng.randrange(len(data))
        if kind == "flip":
            for _ in range(rng.randint(1, 32)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == "zero":
            data[at : at + rng.randint(1, 256)] = bytes(min(256, len(data) - at))
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            chunk = data[at : at + rng.randint(1, 4096)]
            data[at:at] = chunk * rng.randint(1, 8)
        elif kind == "junk":
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 512)))
        else:
            del data[at : at + rng.randint(1, 4096)]
    return bytes(data)


def run(minutes: float, seed: int, timeout: float) -> collections.Counter:
    rng = random.Random(seed)
    pool_seeds = seeds()
    counts: collections.Counter = collections.Counter()
    deadline = time.monotonic() + minutes * 60
    last_report = time.monotonic()
    FINDINGS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, ProcessPool(max_workers=1, max_tasks=200) as pool:
        while time.monotonic() < deadline:
            source = rng.choice(pool_seeds)
            target = Path(tmp) / f"input-{counts.total()}.pdf"
            target.write_bytes(mutate(source.read_bytes(), rng))
            future = pool.schedule(extract_in_worker, args=(str(target), None, "never"), timeout=timeout)
            try:
                future.result()
                counts["record"] += 1
            except AgendaparseError as exc:
                counts[f"error:{exc.kind}"] += 1
            except FutureTimeout:
                counts["timeout"] += 1
            except ProcessExpired as exc:
                counts["worker-died"] += 1
                keep(target, source, f"worker died: exit code {exc.exitcode}")
            except Exception as exc:
                counts["finding"] += 1
                keep(target, source, "".join(traceback.format_exception(exc)))
            target.unlink(missing_ok=True)
            if time.monotonic() - last_report > 60:
                print(summary(counts), flush=True)
                last_report = time.monotonic()
    return counts


def keep(target: Path, source: Path, detail: str) -> None:
    name = f"{source.stem}-{int(time.time() * 1000)}"
    (FINDINGS / f"{name}.pdf").write_bytes(target.read_bytes())
    (FINDINGS / f"{name}.txt").write_text(f"mutated from {source}\n{detail}\n")


def summary(counts: collections.Counter) -> str:
    parts = ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
    return f"{counts.total()} inputs: {parts}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per input (the importer's limit)")
    args = parser.parse_args()
    counts = run(args.minutes, args.seed, args.timeout)
    print("final:", summary(counts))
    raise SystemExit(1 if counts["finding"] or counts["worker-died"] else 0)


if __name__ == "__main__":
    main()
