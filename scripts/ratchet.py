"""The eval ratchet: compare gold figures with corpus/baseline.json, or rewrite it with --update.

    .venv/bin/python scripts/ratchet.py            # fails (exit 1) when a headline figure drops > 2 points
    .venv/bin/python scripts/ratchet.py --update   # record the current dev and test figures as the baseline

Runs `agendaparse eval --fast` (no OCR) on corpus/gold/dev, test and tune, and on dev stored without its ruling, with
its pages turned, drawn again by another PDF writer, shrunk to A5, with paper round the shown page and placed as a
form with wider margins (`--variant
unruled`, `rotated`, `reprinted`, `resized`, `cropped`, `placed`: "dev+unruled", "dev+rotated", "dev+reprinted",
"dev+resized", "dev+cropped", "dev+placed").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from agendaparse.evaluate import baseline_record, format_report, measure_splits, ratchet_failures

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "corpus" / "baseline.json"
GOLD = ROOT / "corpus" / "gold"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="Rewrite corpus/baseline.json from this run.")
    parser.add_argument("--pdf-root", type=Path, default=REAL, help="Where the real PDFs are.")
    parser.add_argument("--gold", type=Path, default=GOLD, help="Folder holding dev/ and test/.")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="The baseline JSON file.")
    args = parser.parse_args()
    if not args.pdf_root.is_dir():
        print(f"{args.pdf_root}: not found; the real PDFs are needed to measure", file=sys.stderr)
        return 2
    reports = measure_splits(args.gold, args.pdf_root, fast=True)
    if not reports:
        print(f"{args.gold}: no gold files in dev/ or test/; nothing measured", file=sys.stderr)
    for report in reports.values():
        print(format_report(report), end="\n\n")
    if args.update:
        errors = [error for report in reports.values() for error in report.errors]
        if errors:
            print("not updating the baseline: some documents were not scored:", *errors, sep="\n", file=sys.stderr)
            return 1
        args.baseline.write_text(json.dumps(baseline_record(reports), indent=2) + "\n")
        print(f"wrote {args.baseline}")
        return 0
    failures = ratchet_failures(json.loads(args.baseline.read_text()), reports)
    print(*failures, sep="\n", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
