"""Score table extraction against a folder of PDFs with expected CSVs (`agendaparse eval-tables`).

The folder holds a `MANIFEST.tsv` (columns `path`, `expected_csvs` separated by ";", `flavor`,
`table_pages` separated by ";" with "+" for a table spanning pages) beside the PDFs and CSVs,
as in `../shared/corpus/tables` (ICDAR-2013, camelot, tabula and docling test tables).

Scoring rules (also in `agendaparse eval-tables --help` and the README):

- Cells are compared after Unicode NFKC, whitespace collapsed and ends stripped; empty cells are
  ignored. Cell precision/recall/F1 count the multiset of non-empty cells a table shares with
  the expected one. Relation F1 (ICDAR 2013 style) counts the multiset of adjacency relations
  (a cell and its next non-empty neighbour to the right and below), so it also checks structure.
- An expected table pairs with one extracted table that overlaps its pages, one-to-one, highest
  cell F1 first. An expected table spanning pages may pair with the extracted tables of those
  pages joined top to bottom (tools that do not merge continuations get the same chance), and
  an extracted table merged over pages may pair with the expected tables of those pages joined
  (a set that annotates a continued table page by page does not penalise merging it).
- Extracted tables on a page that has an expected table but pairing with none count as false
  positives (their cells add to precision's denominator); tables on other pages are reported
  as "unscored" only, because the sets do not annotate every table of every page.
- camelot runs in the same process on the same files with the manifest's flavour
  (ruled/lattice -> lattice, unruled/stream -> stream): it is told which kind of table to
  look for, agendaparse is not.
"""

from __future__ import annotations

import csv
import importlib.util
import logging
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AgendaparseError

log = logging.getLogger(__name__)

Rows = list[list[str]]


@dataclass
class ExpectedTable:
    name: str  # CSV file name
    pages: tuple[int, ...]
    rows: Rows
    flavor: str = ""  # ruled / unruled (lattice / stream in camelot's words), from the manifest


@dataclass
class TableFile:
    pdf: Path
    flavor: str
    expected: list[ExpectedTable]


@dataclass
class FoundTable:
    pages: tuple[int, ...]
    rows: Rows


@dataclass
class Score:
    tp: int = 0
    n_expected: int = 0
    n_found: int = 0
    rel_tp: int = 0
    rel_expected: int = 0
    rel_found: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_found if self.n_found else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_expected if self.n_expected else None

    @property
    def f1(self) -> float | None:
        return _f1(self.tp, self.n_expected, self.n_found)

    @property
    def relation_f1(self) -> float | None:
        return _f1(self.rel_tp, self.rel_expected, self.rel_found)

    def figures(self) -> dict[str, float | None]:
        return {
            "cell_precision": self.precision,
            "cell_recall": self.recall,
            "cell_f1": self.f1,
            "relation_f1": self.relation_f1,
        }


def _f1(tp: int, n_expected: int, n_found: int) -> float | None:
    if not n_expected and not n_found:
        return None
    return 2 * tp / (n_expected + n_found) if (n_expected + n_found) else 0.0


# ---------------------------------------------------------------- cells and relations


def norm_cell(value: Any) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(value or "")).split())


def normalise_rows(rows: Iterable[Iterable[Any]]) -> Rows:
    return [[norm_cell(cell) for cell in row] for row in rows]


def cells(rows: Rows) -> Counter[str]:
    return Counter(cell for row in rows for cell in row if cell)


def relations(rows: Rows) -> Counter[tuple[str, str, str]]:
    """Each non-empty cell with its next non-empty neighbour to the right and below."""
    found: Counter[tuple[str, str, str]] = Counter()
    width = max((len(row) for row in rows), default=0)
    grid = [row + [""] * (width - len(row)) for row in rows]
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if not cell:
                continue
            right = next((x for x in row[c + 1 :] if x), None)
            below = next((grid[k][c] for k in range(r + 1, len(grid)) if grid[k][c]), None)
            if right is not None:
                found[(cell, right, "right")] += 1
            if below is not None:
                found[(cell, below, "below")] += 1
    return found


def score_table(expected: Rows, found: Rows | None) -> Score:
    """Cell and relation counts of one extracted table (or None: missed) against the expected one."""
    want, want_rel = cells(expected), relations(expected)
    got = cells(found) if found is not None else Counter()
    got_rel = relations(found) if found is not None else Counter()
    return Score(
        tp=sum((want & got).values()),
        n_expected=sum(want.values()),
        n_found=sum(got.values()),
        rel_tp=sum((want_rel & got_rel).values()),
        rel_expected=sum(want_rel.values()),
        rel_found=sum(got_rel.values()),
    )


def false_positive(found: Rows) -> Score:
    return Score(n_found=sum(cells(found).values()), rel_found=sum(relations(found).values()))


# ---------------------------------------------------------------- pairing


def pair_tables(expected: list[ExpectedTable], found: list[FoundTable]) -> tuple[list[Score], list[int]]:
    """Scores per expected table (in order) and the indexes of found tables paired with none.

    When one extracted table (merged over pages) pairs with the expected tables of its pages
    joined top to bottom, the joined score is given to the first of them and the others score
    nothing on their own (the totals count each cell once).
    """
    # (cell F1, expected indexes, found indexes, expected rows, found rows)
    candidates: list[tuple[float, tuple[int, ...], tuple[int, ...], Rows, Rows]] = []
    for e_index, table in enumerate(expected):
        for f_index, other in enumerate(found):
            if set(other.pages) & set(table.pages):
                f1 = score_table(table.rows, other.rows).f1 or 0.0
                candidates.append((f1, (e_index,), (f_index,), table.rows, other.rows))
        if len(table.pages) > 1:
            joined = _joined(table.pages, found, table.rows)
            if joined is not None:
                indexes, rows = joined
                f1 = score_table(table.rows, rows).f1 or 0.0
                candidates.append((f1, (e_index,), indexes, table.rows, rows))
    for f_index, other in enumerate(found):
        if len(other.pages) > 1:
            joined_expected = _joined(other.pages, expected, other.rows)
            if joined_expected is not None:
                indexes, rows = joined_expected
                f1 = score_table(rows, other.rows).f1 or 0.0
                candidates.append((f1, indexes, (f_index,), rows, other.rows))
    candidates.sort(key=lambda item: (-item[0], len(item[1])))
    chosen: dict[int, Score] = {}
    used: set[int] = set()
    for f1, e_indexes, f_indexes, expected_rows, rows in candidates:
        if f1 <= 0 or set(e_indexes) & set(chosen) or used & set(f_indexes):
            continue
        chosen[e_indexes[0]] = score_table(expected_rows, rows)
        chosen.update({index: Score() for index in e_indexes[1:]})
        used.update(f_indexes)
    scores = [chosen.get(index) or score_table(table.rows, None) for index, table in enumerate(expected)]
    unpaired = [index for index in range(len(found)) if index not in used]
    return scores, unpaired


def _joined(
    pages: tuple[int, ...], pool: list[ExpectedTable] | list[FoundTable], target: Rows
) -> tuple[tuple[int, ...], Rows] | None:
    """For each of `pages`, the single-page table of `pool` closest to `target` (cell F1), joined
    top to bottom: a table spanning pages compared with per-page tables of the other side."""
    indexes: list[int] = []
    rows: Rows = []
    for page in pages:
        on_page = [i for i, table in enumerate(pool) if table.pages == (page,)]
        if not on_page:
            continue
        best = max(on_page, key=lambda i: score_table(target, pool[i].rows).f1 or 0.0)
        indexes.append(best)
        rows.extend(pool[best].rows)
    return (tuple(indexes), rows) if len(indexes) > 1 else None


# ---------------------------------------------------------------- the manifest and the tools


def load_manifest(root: str | Path) -> list[TableFile]:
    folder = Path(root)
    manifest = folder / "MANIFEST.tsv"
    if not manifest.is_file():
        raise AgendaparseError(
            str(manifest), "no MANIFEST.tsv in the tables folder", hint="give ../shared/corpus/tables"
        )
    files = []
    with manifest.open(newline="") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            names = [name for name in record["expected_csvs"].split(";") if name]
            pages = record.get("table_pages", "").split(";")
            flavors = (record.get("table_flavors") or "").split(";")
            expected = []
            for index, name in enumerate(names):
                page_text = pages[index] if index < len(pages) and pages[index] else "1"
                with (folder / name).open(newline="", encoding="utf-8") as table_csv:
                    rows = normalise_rows(csv.reader(table_csv))
                page_numbers = tuple(int(p) for p in page_text.split("+"))
                flavor = flavors[index] if index < len(flavors) and flavors[index] else record.get("flavor", "")
                expected.append(ExpectedTable(name=name, pages=page_numbers, rows=rows, flavor=flavor))
            files.append(TableFile(pdf=folder / record["path"], flavor=record.get("flavor", ""), expected=expected))
    return files


def agendaparse_tables(pdf: Path) -> list[FoundTable]:
    """Tables as `agendaparse import` finds them: every page read, the table stage on the candidates."""
    from . import tables
    from .pdf import read_document

    read = read_document(pdf, ocr="never")
    found = tables.find_tables(read.data or pdf, read.pages, "eval")
    return [
        FoundTable(
            pages=tuple(range(table.page_start, table.page_end + 1)),
            rows=normalise_rows([table.header, *table.rows]),
        )
        for table in found
    ]


def camelot_available() -> bool:
    return importlib.util.find_spec("camelot") is not None


def camelot_tables(item: TableFile) -> list[FoundTable]:
    """camelot on each expected table's pages with that table's flavour (lattice or stream)."""
    import camelot

    pages_by_flavor: dict[str, set[int]] = {}
    for table in item.expected:
        flavor = "lattice" if table.flavor in ("ruled", "lattice") else "stream"
        pages_by_flavor.setdefault(flavor, set()).update(table.pages)
    found = []
    for flavor, pages in sorted(pages_by_flavor.items()):
        page_list = ",".join(str(page) for page in sorted(pages))
        for table in camelot.read_pdf(str(item.pdf), pages=page_list, flavor=flavor):
            found.append(FoundTable(pages=(int(table.page),), rows=normalise_rows(table.df.values.tolist())))
    return found


# ---------------------------------------------------------------- running


@dataclass
class TablesReport:
    root: str
    tools: list[str]
    tables: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, Score] = field(default_factory=dict)
    unscored: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "tools": self.tools,
            "tables_expected": len(self.tables),
            "overall": {tool: self.totals[tool].figures() for tool in self.tools},
            "counts": {tool: vars(self.totals[tool]) for tool in self.tools},
            "unscored_tables": self.unscored,
            "tables": self.tables,
            "errors": self.errors,
        }


Extractor = Callable[[TableFile], list[FoundTable]]


def evaluate_tables(
    root: str | Path, *, with_camelot: bool = True, extractors: dict[str, Extractor] | None = None
) -> TablesReport:
    tools: dict[str, Extractor] = extractors or {"agendaparse": lambda item: agendaparse_tables(item.pdf)}
    if with_camelot and extractors is None:
        if camelot_available():
            tools["camelot"] = camelot_tables
        else:
            log.warning("camelot is not importable (pip install camelot-py): its column is left out")
    report = TablesReport(root=str(root), tools=list(tools))
    report.totals = {tool: Score() for tool in tools}
    report.unscored = {tool: 0 for tool in tools}
    for item in load_manifest(root):
        per_tool: dict[str, list[Score]] = {}
        for tool, extract in tools.items():
            try:
                found = extract(item)
            except Exception as exc:  # one file a tool cannot read must not hide the other figures
                report.errors.append(f"{item.pdf.name}: {tool} failed: {type(exc).__name__}: {exc}")
                found = []
            scores, unpaired = pair_tables(item.expected, found)
            annotated_pages = {page for table in item.expected for page in table.pages}
            for index in unpaired:
                if set(found[index].pages) & annotated_pages:
                    report.totals[tool].add(false_positive(found[index].rows))
                else:
                    report.unscored[tool] += 1
            for score in scores:
                report.totals[tool].add(score)
            per_tool[tool] = scores
        for index, table in enumerate(item.expected):
            report.tables.append(
                {
                    "table": table.name,
                    "pages": "+".join(str(p) for p in table.pages),
                    "flavor": table.flavor,
                    **{tool: per_tool[tool][index].figures() for tool in tools},
                }
            )
    return report


def _pct(value: float | None) -> str:
    return ("-" if value is None else f"{value * 100:.1f}").rjust(6)


def format_tables_report(report: TablesReport, *, verbose: bool = False) -> str:
    header = f"{'':46}" + "".join(f"{tool + ' cell F1':>22}{'rel F1':>8}" for tool in report.tools)
    lines = [f"{report.root}: {len(report.tables)} expected tables; figures in %", header]
    if verbose:
        for row in report.tables:
            name = f"{row['table']} (p{row['pages']}, {row['flavor']})"[:46]
            cells_ = "".join(
                f"{_pct(row[tool]['cell_f1']):>22}{_pct(row[tool]['relation_f1']):>8}" for tool in report.tools
            )
            lines.append(f"{name:46}{cells_}")
    for label, key in (("cell precision", "cell_precision"), ("cell recall", "cell_recall")):
        lines.append(
            f"{'overall ' + label:46}"
            + "".join(f"{_pct(report.totals[t].figures()[key]):>22}{'':8}" for t in report.tools)
        )
    overall = "".join(f"{_pct(report.totals[t].f1):>22}{_pct(report.totals[t].relation_f1):>8}" for t in report.tools)
    lines.append(f"{'overall cell F1 / relation F1':46}{overall}")
    lines.append(
        "tables on pages without an expected table (not scored): "
        + ", ".join(f"{tool} {count}" for tool, count in report.unscored.items())
    )
    lines.extend(f"error: {message}" for message in report.errors)
    return "\n".join(lines)
