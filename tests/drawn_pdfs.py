"""What the seeded generators (``tests/*_variants.py``) share: a drawn PDF handed to the readers as a file, and their
figures in percent from the evaluator's own counts."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def pdf_file(pdf: bytes) -> Iterator[Path]:
    """The drawn PDF written to a temporary file, for readers that open a path; removed after."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        yield Path(handle.name)


def percent_figures(counts: Counter, fields: Iterable[str] = (), prefix: str = "") -> dict[str, float]:
    """Precision, recall and F1 of the ``{prefix}tp/fp/fn`` counts (``agendaparse.evaluate``'s own figures, 0 where
    nothing was counted) and each field's accuracy where it was counted (``{field}_ok`` of ``{field}_n``), in
    percent."""
    from agendaparse.evaluate import _prf_figures

    figures = _prf_figures({key: counts[f"{prefix}{key}"] for key in ("tp", "fp", "fn")})
    result = {name: 100 * (value or 0.0) for name, value in figures.items()}
    for name in fields:
        if counts[f"{name}_n"]:
            result[name] = 100 * counts[f"{name}_ok"] / counts[f"{name}_n"]
    return result
