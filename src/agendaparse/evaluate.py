"""Score extractions against hand-checked gold annotations (`corpus/gold/`).

Scoring is pure: :func:`score_document` takes a gold dict and a predicted dict (the extraction
contract as JSON, :meth:`Extraction.to_json_dict`) and returns counts; :func:`figures` turns
summed counts into precision / recall / F1 and accuracies. Only :func:`evaluate` reads PDFs.

Matching rules (also in the README and `agendaparse eval --help`):

- A gold section that is absent or null was not annotated and is not scored; `[]` means "none".
- Text is compared after normalising: case folded, whitespace collapsed, punctuation stripped at
  the ends. Token Jaccard is |A∩B| / |A∪B| over lower-cased word tokens.
- Pairing is one-to-one and greedy best-first (highest score first).
- agenda items: pair by number when both give one (numbers must then be equal), else by title
  token Jaccard >= 0.5. Title accuracy: normalised titles equal. Printed-page accuracy: over
  paired items where gold or predicted gives pages.
- action-plan rows: pair on action_no (+ compatible theme) when both give a number, else on action
  text Jaccard >= 0.5. Field accuracy for named_lead, lead_org, start_date, end_date, rag and status
  (the normalised vocabulary: complete, ongoing, paused, not started, overdue) over pairs where gold or
  predicted has a value.
- actions: action text Jaccard >= 0.5. Core P/R/F1 counts only gold `tier: core`; a prediction
  paired with a borderline gold action is neither TP nor FP for core. Owner accuracy: the sets of
  normalised owners (titles and a leading "the" dropped) are equal; due accuracy: ISO dates equal;
  both over paired actions where gold or predicted has a value.
- tables: a table at the foot of a page and the one at the top of the next, as wide, with the
  header repeated or none and not the next of a series of titled tables, are merged first (gold
  tables are annotated joined already; the rule joins none of the dev gold tables).
  Tables pair when their page ranges overlap, best header similarity first. Gold columns are
  aligned to predicted columns by header (normalised equal or Jaccard >= 0.5; columns with no gold
  header text by position); rows are compared in order. Cell accuracy = equal cells / gold cells
  (cells of unpaired gold tables count as wrong).
- people / organisations: sets after dropping titles (Cllr, Mr, Dr, OBE ...), a leading "the",
  punctuation and case.
- document: meeting_date and doc_type must be equal; body and committee are equal after the text
  normalisation above plus dropping a leading "the".
"""

from __future__ import annotations

import functools
import json
import logging
import random
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AgendaparseError

log = logging.getLogger(__name__)

SECTIONS = ("agenda_items", "action_plan_rows", "actions", "tables", "people", "organisations", "document")
PLAN_FIELDS = ("named_lead", "lead_org", "start_date", "end_date", "rag", "status")
DOCUMENT_FIELDS = ("meeting_date", "body", "committee", "doc_type")
JACCARD_MIN = 0.5
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0
# The figure the CI ratchet watches for each section.
HEADLINE = {
    "agenda_items": "f1",
    "action_plan_rows": "f1",
    "actions": "core_f1",
    "tables": "cell_accuracy",
    "people": "f1",
    "organisations": "f1",
    "document": "accuracy",
}
TITLES = {
    "cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev",
    "revd", "reverend", "lord", "lady", "cc", "obe", "mbe", "cbe", "kbe", "dbe", "jp", "mp", "qc", "kc",
}  # fmt: skip

Counts = dict[str, int]


# ---------------------------------------------------------------- normalisation


# a gold file typed on a keyboard has ' and - where the PDF (or OCR) has ’ and – (or a hyphen, non-breaking
# hyphen, figure dash or minus sign of its own: 'mar‐2011' in a text layer reads 'mar-2011' from its picture)
TYPOGRAPHIC = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-")
)


def norm_text(value: Any) -> str:
    """Case folded, whitespace collapsed, typographic quotes and dashes typed plain, punctuation stripped at both
    ends."""
    if value is None:
        return ""
    text = re.sub(r"\s+", " ", str(value).translate(TYPOGRAPHIC)).strip().casefold()
    return re.sub(r"^[^\w]+|[^\w]+$", "", text)


def tokens(value: Any) -> frozenset[str]:
    return _tokens(str(value or ""))


@functools.lru_cache(maxsize=65536)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def jaccard(a: Any, b: Any) -> float:
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta or tb else 0.0


def norm_name(value: Any) -> str:
    """A person's or body's name without titles, a leading 'the', punctuation or case; '&' is 'and' ('Crathes, Drumoak
    & Durris Community Council' is 'Crathes, Drumoak and Durris Community Council')."""
    text = str(value or "").casefold().replace("'", "").replace("\u2019", "")
    words = re.findall(r"\w+|(?<=\s)&(?=\s)", text)
    words = ["and" if word == "&" else word for word in words]
    words = [word for word in words if word not in TITLES]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def norm_number(value: Any) -> str:
    return re.sub(r"\s+", "", norm_text(value))


def norm_pages(value: Any) -> str:
    return re.sub(r"\s+", "", str(value or "")).replace("–", "-").replace("—", "-").casefold()


# ---------------------------------------------------------------- pairing


def pair_greedy(
    gold: list[Any], predicted: list[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), highest score first; None = may not pair."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = score(g, p)
            if value is not None:
                candidates.append((-value, gi, pi))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _prf(tp: int, n_gold: int, n_pred: int) -> Counts:
    return {"tp": tp, "fp": n_pred - tp, "fn": n_gold - tp}


def _field_count(counts: Counts, name: str, gold_value: Any, pred_value: Any, equal: bool) -> None:
    """Count a field over pairs where gold or predicted has a value."""
    if gold_value in (None, "", []) and pred_value in (None, "", []):
        return
    counts[f"{name}_n"] = counts.get(f"{name}_n", 0) + 1
    counts[f"{name}_ok"] = counts.get(f"{name}_ok", 0) + int(equal)


# ---------------------------------------------------------------- sections


def score_agenda_items(gold: list[dict], predicted: list[dict]) -> Counts:
    def score(g: dict, p: dict) -> float | None:
        title_overlap = jaccard(g.get("title"), p.get("title"))
        if g.get("number") and p.get("number"):
            return 1 + title_overlap if norm_number(g["number"]) == norm_number(p["number"]) else None
        return title_overlap if title_overlap >= JACCARD_MIN else None

    pairs = pair_greedy(gold, predicted, score)
    counts = _prf(len(pairs), len(gold), len(predicted)) | {"title_ok": 0, "title_n": len(pairs)}
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        counts["title_ok"] += norm_text(g.get("title")) == norm_text(p.get("title"))
        gold_pages, pred_pages = g.get("printed_pages"), p.get("printed_pages")
        _field_count(counts, "pages", gold_pages, pred_pages, norm_pages(gold_pages) == norm_pages(pred_pages))
    return counts


def _plan_field_equal(name: str, gold_value: Any, pred_value: Any) -> bool:
    if name in ("named_lead", "lead_org"):
        return norm_name(gold_value) == norm_name(pred_value)
    return norm_text(gold_value) == norm_text(pred_value)


def score_action_plan_rows(gold: list[dict], predicted: list[dict]) -> Counts:
    def score(g: dict, p: dict) -> float | None:
        text_overlap = jaccard(g.get("action"), p.get("action"))
        if g.get("action_no") and p.get("action_no"):
            if norm_number(g["action_no"]) != norm_number(p["action_no"]):
                return None
            if g.get("theme") and p.get("theme"):
                theme_overlap = jaccard(g["theme"], p["theme"])
                return 2 + theme_overlap + text_overlap if theme_overlap >= JACCARD_MIN else None
            return 1 + text_overlap
        return text_overlap if text_overlap >= JACCARD_MIN else None

    pairs = pair_greedy(gold, predicted, score)
    counts = _prf(len(pairs), len(gold), len(predicted))
    for gi, pi in pairs:
        for name in PLAN_FIELDS:
            gold_value, pred_value = gold[gi].get(name), predicted[pi].get(name)
            _field_count(counts, name, gold_value, pred_value, _plan_field_equal(name, gold_value, pred_value))
    return counts


def score_actions(gold: list[dict], predicted: list[dict]) -> Counts:
    def score(g: dict, p: dict) -> float | None:
        overlap = jaccard(g.get("text"), p.get("text"))
        return overlap if overlap >= JACCARD_MIN else None

    pairs = pair_greedy(gold, predicted, score)
    is_core = [(g.get("tier") or "core") == "core" for g in gold]
    core_tp = sum(is_core[gi] for gi, _ in pairs)
    borderline_paired = len(pairs) - core_tp
    counts = {
        "tp": len(pairs),
        "fp": len(predicted) - len(pairs),
        "fn": len(gold) - len(pairs),
        "core_tp": core_tp,
        "core_fp": len(predicted) - core_tp - borderline_paired,
        "core_fn": sum(is_core) - core_tp,
    }
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        gold_owners = {norm_name(o) for o in g.get("owners") or []} - {""}
        pred_owners = {norm_name(o) for o in p.get("owners") or []} - {""}
        _field_count(counts, "owner", gold_owners, pred_owners, gold_owners == pred_owners)
        _field_count(counts, "due", g.get("due"), p.get("due"), norm_text(g.get("due")) == norm_text(p.get("due")))
    return counts


# (spaces from where their run starts, taken whole: linear when searched alone over a long line of spaces)
CONTINUED_TITLE_RE = re.compile(r"(?!(?<=\s)\s)\s*+(?:\(\s*+)?\b(?:cont(?:inued|'d|d)?\.?|contd)\s*+(?:\)\s*+)?$", re.I)


def _width(table: dict) -> int:
    return max([len(table.get("header") or [])] + [len(row) for row in table.get("rows") or []])


def _top(table: dict) -> float:
    box = table.get("bbox")
    return float(box[1]) if box and len(box) == 4 else 0.0


SERIES_WORDS = 3  # titles opening with this many words in common name tables of one series


def _another_of_a_series(above: str, below: str) -> bool:
    """'Priorities ~ Public Health' then 'Priorities ~ Public Health Education': slides or sections
    of one series, each its own table. An unrelated heading ('Completed actions' under the log's
    title) heads a part of the same table."""
    upper, lower = above.split(), below.split()
    common = next(
        (i for i, (a, b) in enumerate(zip(upper, lower, strict=False)) if a != b), min(len(upper), len(lower))
    )
    return upper != lower and common >= min(SERIES_WORDS, len(upper), len(lower))


def _foot(table: dict) -> tuple[int, float]:
    """Where a table ends on its last page, to order the tables ending on one page: a table that
    runs on from an earlier page is at the top of it; without a box, the given order decides."""
    box = table.get("bbox")
    started_here = _pages(table)[0] == _pages(table)[1]
    return int(started_here), float(box[3]) if box and len(box) == 4 and started_here else 0.0


def _continues(previous: dict, table: dict) -> bool:
    """``table`` goes on with ``previous``: as wide, its header repeated or none, and not the next
    of a series of tables under titles that differ only in their ends."""
    header = [norm_text(cell) for cell in table.get("header") or []]
    title = CONTINUED_TITLE_RE.sub("", norm_text(table.get("title")))
    above = CONTINUED_TITLE_RE.sub("", norm_text(previous.get("title")))
    return (
        _width(table) == _width(previous)
        and (not any(header) or header == [norm_text(cell) for cell in previous.get("header") or []])
        and not (title and above and _another_of_a_series(above, title))
    )


def merge_continuations(tables: list[dict]) -> list[dict]:
    """Join a table at the foot of a page with the table at the top of the next page that goes on
    with it (:func:`_continues`). Position on the page comes from ``bbox`` (its top) where given,
    else from the tables' order; a table is at the foot of its last page when no table below it
    ends there, at the top of its first page when none above it is on that page. Gold tables are
    annotated already joined: the rule joins none of the dev gold tables."""
    ordered = sorted(tables, key=lambda t: (_pages(t)[0], _top(t)))  # stable: the given order breaks ties
    merged: list[dict] = []
    for table in ordered:
        start = _pages(table)[0]
        first_on_page = not any(_pages(other)[1] >= start for other in merged)
        ending_above = [other for other in merged if _pages(other)[1] == start - 1]
        # the lowest table on the page before: the greatest bottom edge (side-by-side tables differ there)
        lowest = max(enumerate(ending_above), key=lambda item: (*_foot(item[1]), item[0]), default=None)
        previous = lowest[1] if lowest else None
        if first_on_page and previous is not None and _continues(previous, table):
            header = [norm_text(cell) for cell in previous.get("header") or []]
            rows = [row for row in table.get("rows") or [] if [norm_text(c) for c in row] != header]
            previous["rows"] = previous["rows"] + rows
            previous["page_end"] = _pages(table)[1]
        else:
            merged.append(dict(table) | {"rows": list(table.get("rows") or [])})
    return merged


def align_columns(gold_header: list[str], pred_header: list[str], n_cols: int) -> dict[int, int]:
    """Gold column index -> predicted column index, by header text; columns with no gold header text by position."""
    mapping = _align_named_columns(gold_header, pred_header)
    for index in range(n_cols):
        unnamed = index >= len(gold_header) or not norm_text(gold_header[index])
        if unnamed and index not in mapping and index not in mapping.values():
            mapping[index] = index
    return mapping


def _align_named_columns(gold_header: list[str], pred_header: list[str]) -> dict[int, int]:

    def score(g: tuple[int, str], p: tuple[int, str]) -> float | None:
        if norm_text(g[1]) and norm_text(g[1]) == norm_text(p[1]):
            return 2.0
        overlap = jaccard(g[1], p[1])
        return overlap if overlap >= JACCARD_MIN else None

    gold_cols = [(i, cell) for i, cell in enumerate(gold_header) if norm_text(cell)]
    pred_cols = list(enumerate(pred_header))
    return {gold_cols[gi][0]: pred_cols[pi][0] for gi, pi in pair_greedy(gold_cols, pred_cols, score)}


def _cell(row: list[Any], index: int | None) -> str:
    return norm_text(row[index]) if index is not None and index < len(row) else ""


def _pages(table: dict) -> tuple[int, int]:
    start = table.get("page_start") or 0
    return start, table.get("page_end") or start


def score_tables(gold: list[dict], predicted: list[dict]) -> Counts:
    gold, predicted = merge_continuations(gold), merge_continuations(predicted)

    def score(g: dict, p: dict) -> float | None:
        if min(_pages(g)[1], _pages(p)[1]) < max(_pages(g)[0], _pages(p)[0]):  # no page in common
            return None
        return jaccard(" ".join(g.get("header") or []), " ".join(p.get("header") or []))

    pairs = dict(pair_greedy(gold, predicted, score))
    counts = _prf(len(pairs), len(gold), len(predicted)) | {"cell_ok": 0, "cell_n": 0}
    for gi, g in enumerate(gold):
        n_cols = max([len(g.get("header") or [])] + [len(row) for row in g.get("rows") or []])
        counts["cell_n"] += n_cols * len(g.get("rows") or [])
        if gi not in pairs:
            continue
        p = predicted[pairs[gi]]
        columns = align_columns(list(g.get("header") or []), list(p.get("header") or []), n_cols)
        pred_rows = p.get("rows") or []
        for ri, gold_row in enumerate(g.get("rows") or []):
            pred_row = pred_rows[ri] if ri < len(pred_rows) else []
            for ci in range(n_cols):
                gold_cell = _cell(gold_row, ci)
                counts["cell_ok"] += bool(ri < len(pred_rows)) and gold_cell == _cell(pred_row, columns.get(ci))
    return counts


def score_names(gold: list[str], predicted: list[str]) -> Counts:
    gold_set = {norm_name(name) for name in gold} - {""}
    pred_set = {norm_name(name) for name in predicted} - {""}
    return _prf(len(gold_set & pred_set), len(gold_set), len(pred_set))


def document_field_equal(name: str, gold_value: Any, pred_value: Any) -> bool:
    if name in ("body", "committee"):
        return norm_name(gold_value) == norm_name(pred_value)
    return norm_text(gold_value) == norm_text(pred_value)


def score_document_fields(gold: dict, predicted: dict) -> Counts:
    counts: Counts = {"ok": 0, "n": 0}
    for name in DOCUMENT_FIELDS:
        if name not in gold:
            continue
        equal = document_field_equal(name, gold[name], predicted.get(name))
        counts[f"{name}_ok"], counts[f"{name}_n"] = int(equal), 1
        counts["ok"] += equal
        counts["n"] += 1
    return counts


SCORERS: dict[str, Callable[[Any, Any], Counts]] = {
    "agenda_items": score_agenda_items,
    "action_plan_rows": score_action_plan_rows,
    "actions": score_actions,
    "tables": score_tables,
    "people": score_names,
    "organisations": score_names,
    "document": score_document_fields,
}


def score_document(gold: dict, predicted: dict) -> dict[str, Counts]:
    """Counts per annotated section of one document (sections absent or null in gold are left out)."""
    counts = {}
    for section, scorer in SCORERS.items():
        if gold.get(section) is None:
            continue
        empty: Any = {} if section == "document" else []
        counts[section] = scorer(gold[section], predicted.get(section) or empty)
    return counts


# ---------------------------------------------------------------- figures


def add_counts(total: dict[str, Counts], counts: dict[str, Counts]) -> None:
    for section, section_counts in counts.items():
        into = total.setdefault(section, {})
        for key, value in section_counts.items():
            into[key] = into.get(key, 0) + value


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _prf_figures(counts: Counts, prefix: str = "") -> dict[str, float | None]:
    tp, fp, fn = counts[f"{prefix}tp"], counts[f"{prefix}fp"], counts[f"{prefix}fn"]
    if tp + fp + fn == 0:  # nothing annotated, nothing predicted: there is nothing to get wrong
        return {f"{prefix}precision": None, f"{prefix}recall": None, f"{prefix}f1": None}
    return {
        f"{prefix}precision": _ratio(tp, tp + fp) if tp + fp else 0.0,
        f"{prefix}recall": _ratio(tp, tp + fn) if tp + fn else 0.0,
        f"{prefix}f1": 2 * tp / (2 * tp + fp + fn),
    }


def figures(section: str, counts: Counts) -> dict[str, float | None]:
    """Precision / recall / F1 and accuracies from summed counts (None where nothing was counted)."""
    result: dict[str, float | None] = {}
    if section == "document":
        result["accuracy"] = _ratio(counts.get("ok", 0), counts.get("n", 0))
        for name in DOCUMENT_FIELDS:
            result[f"{name}_accuracy"] = _ratio(counts.get(f"{name}_ok", 0), counts.get(f"{name}_n", 0))
        return result
    if section == "actions":
        result |= _prf_figures(counts, "core_")
    result |= _prf_figures(counts)
    fields = {
        "agenda_items": ("title", "pages"),
        "action_plan_rows": PLAN_FIELDS,
        "actions": ("owner", "due"),
        "tables": ("cell",),
    }.get(section, ())
    for name in fields:
        result[f"{name}_accuracy"] = _ratio(counts.get(f"{name}_ok", 0), counts.get(f"{name}_n", 0))
    return result


def all_figures(counts: dict[str, Counts]) -> dict[str, dict[str, float | None]]:
    return {section: figures(section, counts[section]) for section in SECTIONS if section in counts}


def headline(section_figures: dict[str, dict[str, float | None]]) -> dict[str, float | None]:
    return {section: section_figures[section].get(HEADLINE[section]) for section in section_figures}


# ---------------------------------------------------------------- running on PDFs


@dataclass
class EvalReport:
    gold_dir: str
    fast: bool
    documents: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)

    @property
    def figures(self) -> dict[str, dict[str, float | None]]:
        return all_figures(self.counts)

    def intervals(self, resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, tuple[float, float]]:
        return bootstrap_intervals([doc["counts"] for doc in self.documents], resamples=resamples)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "gold_dir": self.gold_dir,
            "fast": self.fast,
            "documents_scored": len(self.documents),
            "figures": self.figures,
            "headline": headline(self.figures),
            "headline_interval_95": {section: list(bounds) for section, bounds in self.intervals().items()},
            "counts": self.counts,
            "documents": self.documents,
            "errors": self.errors,
        }


def load_gold(gold_dir: str | Path) -> list[tuple[Path, dict]]:
    folder = Path(gold_dir)
    if not folder.is_dir():
        hint = "give --gold corpus/gold/dev or corpus/gold/test"
        raise AgendaparseError(str(folder), "gold folder not found", hint=hint)
    result = []
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise AgendaparseError(str(path), f"not readable gold JSON ({exc})", hint="fix or remove the file") from exc
        if not isinstance(gold, dict) or not (gold.get("source") or {}).get("path"):
            raise AgendaparseError(str(path), "gold file has no source.path", hint="see corpus/gold/README.md")
        result.append((path, gold))
    return result


def predicted_dict(pdf: Path, *, fast: bool, nlp: Any = None, spacy_model: str | None = None) -> dict:
    from .extract import extract_document

    # strict: a stage that fails is an error the report lists, not quietly lower figures
    extraction = extract_document(pdf, ocr="never" if fast else "auto", nlp=nlp, spacy_model=spacy_model, strict=True)
    return extraction.to_json_dict(page_text=False)


def evaluate(
    gold_dir: str | Path,
    pdf_root: str | Path,
    *,
    fast: bool = False,
    extract: Callable[[Path], dict] | None = None,
    spacy_model: str | None = None,
    variant: str | None = None,
) -> EvalReport:
    """Extract every PDF a gold file names under `pdf_root` and score it. `fast` skips OCR.

    With `variant` (:data:`agendaparse.variants.VARIANTS`), each PDF is first written again in that form to a scratch
    folder, and the variant is extracted and scored against the same gold."""
    if variant is None:
        return _evaluate(gold_dir, pdf_root, fast=fast, extract=extract, spacy_model=spacy_model)
    from .variants import write_variant

    with tempfile.TemporaryDirectory(prefix=f"agendaparse-{variant}-") as scratch:

        def stored_as_variant(pdf: Path) -> Path:
            return write_variant(variant, pdf, Path(scratch) / pdf.name)

        return _evaluate(
            gold_dir, pdf_root, fast=fast, extract=extract, spacy_model=spacy_model, transform=stored_as_variant
        )


def _evaluate(
    gold_dir: str | Path,
    pdf_root: str | Path,
    *,
    fast: bool,
    extract: Callable[[Path], dict] | None,
    spacy_model: str | None,
    transform: Callable[[Path], Path] | None = None,
) -> EvalReport:
    from .pdf import file_sha256

    report = EvalReport(gold_dir=str(gold_dir), fast=fast)
    root = Path(pdf_root)
    run = extract or (lambda pdf: predicted_dict(pdf, fast=fast, spacy_model=spacy_model))
    for gold_path, gold in load_gold(gold_dir):
        source = gold["source"]
        pdf = root / source["path"]
        if not pdf.is_file():
            report.errors.append(f"{gold_path.name}: {pdf} not found; check --pdf-root")
            continue
        if source.get("sha256") and file_sha256(str(pdf)) != source["sha256"]:
            report.errors.append(
                f"{gold_path.name}: sha256 of {pdf} does not match the gold file's source.sha256; "
                "the PDF changed since it was annotated (re-check the annotation)"
            )
            continue
        try:
            predicted = run(transform(pdf) if transform else pdf)
        except AgendaparseError as exc:
            report.errors.append(f"{gold_path.name}: {exc.one_line()}")
            continue
        except Exception as exc:  # an extraction bug in one document must not hide the others' figures
            report.errors.append(f"{gold_path.name}: extraction crashed: {type(exc).__name__}: {exc}")
            continue
        counts = score_document(gold, predicted)
        add_counts(report.counts, counts)
        report.documents.append(
            {"gold": gold_path.name, "path": source["path"], "figures": all_figures(counts), "counts": counts}
        )
    return report


# ---------------------------------------------------------------- uncertainty


def bootstrap_intervals(
    document_counts: list[dict[str, Counts]],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    level: float = 0.95,
    seed: int = BOOTSTRAP_SEED,
) -> dict[str, tuple[float, float]]:
    """Percentile interval of each section's headline figure when the documents are resampled with
    replacement. Figures are micro-averaged over a handful of documents, so one document can carry a
    section; the interval shows how far the figure moves with the documents drawn. Deterministic."""
    if not document_counts or resamples <= 0:
        return {}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(resamples):
        total: dict[str, Counts] = {}
        for counts in rng.choices(document_counts, k=len(document_counts)):
            add_counts(total, counts)
        for section, value in headline(all_figures(total)).items():
            if value is not None:
                samples.setdefault(section, []).append(value)
    tail = (1 - level) / 2
    intervals = {}
    for section, values in samples.items():
        values.sort()
        low = values[int(tail * (len(values) - 1))]
        high = values[round((1 - tail) * (len(values) - 1))]
        intervals[section] = (low, high)
    return intervals


# ---------------------------------------------------------------- printing


def _fmt(value: float | None, width: int) -> str:
    return ("-" if value is None else f"{value * 100:.1f}").rjust(width)


def format_report(report: EvalReport, *, verbose: bool = False, resamples: int = BOOTSTRAP_RESAMPLES) -> str:
    """A table per section: figures in percent, micro-averaged; with `verbose` a line per document;
    then each section's headline figure with its document-bootstrap interval (none if `resamples` is 0)."""
    mode = " (fast: no OCR)" if report.fast else ""
    lines = [f"{report.gold_dir}: {len(report.documents)} documents scored{mode}; figures in %"]
    for section, section_figures in report.figures.items():
        names = [name.removesuffix("_accuracy").replace("precision", "P").replace("recall", "R") for name in
                 section_figures]  # fmt: skip
        widths = [max(len(name), 5) for name in names]
        lines += ["", f"{section} ({_count_line(section, report.counts[section])})"]
        lines.append("  " + " ".join(name.rjust(width) for name, width in zip(names, widths, strict=True)))
        lines.append("  " + " ".join(_fmt(v, w) for v, w in zip(section_figures.values(), widths, strict=True)))
        if verbose:
            for doc in report.documents:
                if section in doc["figures"]:
                    values = doc["figures"][section].values()
                    lines.append("  " + " ".join(_fmt(v, w) for v, w in zip(values, widths, strict=True)) + "  " +
                                 doc["path"])  # fmt: skip
    lines += _interval_lines(report, resamples)
    lines += [f"error: {error}" for error in report.errors]
    return "\n".join(lines)


def _interval_lines(report: EvalReport, resamples: int) -> list[str]:
    intervals = report.intervals(resamples)
    if not intervals:
        return []
    current = headline(report.figures)
    title = f"headline figures, 95% interval over documents ({resamples} bootstrap resamples, seed {BOOTSTRAP_SEED})"
    lines = ["", title]
    for section, (low, high) in intervals.items():
        name = f"{section} {HEADLINE[section]}"
        lines.append(f"  {name:<32} {_fmt(current.get(section), 5)}  [{_fmt(low, 5)} .. {_fmt(high, 5)}]")
    return lines


def _count_line(section: str, counts: Counts) -> str:
    if section == "document":
        return f"{counts.get('n', 0)} fields"
    if section == "tables":
        gold, predicted = counts["tp"] + counts["fn"], counts["tp"] + counts["fp"]
        return f"gold {gold} tables, predicted {predicted}, paired {counts['tp']}, {counts['cell_n']} gold cells"
    return f"gold {counts['tp'] + counts['fn']}, predicted {counts['tp'] + counts['fp']}, paired {counts['tp']}"


def iter_headline_drops(
    baseline: dict[str, float | None], current: dict[str, float | None], tolerance: float = 0.02
) -> Iterable[str]:
    """Sections whose headline figure fell more than `tolerance` below the baseline."""
    for section, before in baseline.items():
        now = current.get(section)
        if before is None:
            continue
        if now is None or now < before - tolerance:
            shown = "not measured" if now is None else f"{now * 100:.1f}"
            yield f"{section} {HEADLINE[section]}: {shown} < baseline {before * 100:.1f} - {tolerance * 100:.0f}"


# ---------------------------------------------------------------- the CI ratchet

# tune: real documents annotated by hand that the action classifier also trained on (corpus/gold/README.md)
SPLITS = ("dev", "test", "tune")


# the dev split stored other ways (agendaparse.variants), scored as "dev+unruled", ...: readers built on dev's layouts
# must keep reading the same words when the ruling goes, the pages are stored turned, another writer draws them again
# or they are printed smaller, or the paper round the shown page carries crop marks and a slug line, or a merging tool
# places each page as a form with wider margins
RATCHET_VARIANTS = {"dev": ("unruled", "rotated", "reprinted", "resized", "cropped", "placed", "sideways")}


def ratchet_report_names(gold_root: str | Path) -> list[str]:
    """The reports the ratchet measures: each split folder under `gold_root` that holds gold files, each followed by
    its variants of :data:`RATCHET_VARIANTS` ("dev", "dev+unruled", ..., "test", "tune")."""
    names: list[str] = []
    for split in SPLITS:
        folder = Path(gold_root) / split
        if folder.is_dir() and any(folder.glob("*.json")):
            names += [split, *(f"{split}+{variant}" for variant in RATCHET_VARIANTS.get(split, ()))]
    return names


def measure_report(name: str, gold_root: str | Path, pdf_root: str | Path, *, fast: bool = True) -> EvalReport:
    """One of :func:`ratchet_report_names`' reports: its split's gold read from the PDFs as they are, or as its
    variant makes them ("dev+unruled")."""
    split, _, variant = name.partition("+")
    return evaluate(Path(gold_root) / split, pdf_root, fast=fast, variant=variant or None)


def measure_splits(gold_root: str | Path, pdf_root: str | Path, *, fast: bool = True) -> dict[str, EvalReport]:
    """An evaluation of every split folder under `gold_root` that holds gold files, and of the variants of
    :data:`RATCHET_VARIANTS` (keyed "<split>+<variant>")."""
    return {name: measure_report(name, gold_root, pdf_root, fast=fast) for name in ratchet_report_names(gold_root)}


def baseline_record(reports: dict[str, EvalReport]) -> dict[str, Any]:
    """What `corpus/baseline.json` holds: per split, the documents scored, headline and all figures."""
    return {
        "fast": all(report.fast for report in reports.values()),
        "tolerance": 0.02,
        "headline_figures": HEADLINE,
        **{
            split: {
                "documents": sorted(doc["gold"] for doc in report.documents),
                "headline": headline(report.figures),
                "figures": report.figures,
            }
            for split, report in reports.items()
        },
    }


def ratchet_failures(baseline: dict[str, Any], reports: dict[str, EvalReport]) -> list[str]:
    """Why the current figures fall short of the baseline (empty when they do not)."""
    failures = []
    tolerance = baseline.get("tolerance", 0.02)
    for split, report in reports.items():
        failures += [f"{split}: {error}" for error in report.errors]
        if split not in baseline:
            continue
        current = headline(report.figures)
        failures += [
            f"{split}: {drop}" for drop in iter_headline_drops(baseline[split]["headline"], current, tolerance)
        ]
    return failures
