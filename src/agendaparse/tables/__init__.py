"""Stage 3: tables and action-plan rows.

pdfplumber's table finder is precise but slow (about 8 pages/s), so it runs only on pages
that the cheap signals of :mod:`agendaparse.pdf` flag: enough vector paths to draw a grid. Even
there, pdfminer never parses the page: :mod:`agendaparse.pdfium_objects` hands pdfplumber the
same chars, lines and rects read by pypdfium2, which is about ten times faster.
White unstroked boxes (which print nothing) are not ruling, and a centred 'Page 13' stamp in
the page foot is not table text. Grids that are layout, not data (a paragraph split by a frame,
a meeting's particulars, an agenda in a box), are dropped.
A ruled table whose text is set sideways is turned so that it reads left to right. Unruled
tables (column-aligned figures without a grid) are found by :mod:`agendaparse.stream_tables`
on the pages it flags that no ruled table already covers. On scanned pages (read by OCR) the
rules are found in the page image and each cell the grid cuts is read by Tesseract.
Action logs printed without a grid (whitespace columns, or rules between rows only) are read from
the words under a header line that names action-plan columns (:func:`text_tables`).
Tables that continue on the next page (same columns, at the top of the page, no heading above
them) are merged into one table with its page span, and a row broken by the page break is joined.
Tables whose header names action-plan columns become
:class:`~agendaparse.models.ActionPlanRow` records.

The package, each module importing only from those listed before it:
:mod:`.column_names` (the names each field's column goes by), :mod:`.broken_words` (a scan's word broken
with no hyphen, by an English word list), :mod:`.cells` (cell text: cleaning, words
broken by a narrow column, pdfplumber's cells read fast, spanning rows), :mod:`.misreads` (references,
counts and sums OCR misread), :mod:`.page_objects` (page objects from pypdfium2, what prints),
:mod:`.scan_rules` (the ruling found in a page's picture), :mod:`.owner_date_cells` (owner cells split
into a lead and a body, date cells read as deadlines and starts), :mod:`.status` (status words, RAG
from a fill colour), :mod:`.step_cells` (a plan's step or its owner by what a cell holds), :mod:`.headers`
(header -> canonical fields, cell kinds, whether a header names an action plan), :mod:`.layout_grids` (grids
that are layout, not data), :mod:`.label_grids` (a plan's two-column label grid printed without rules),
:mod:`.word_tables` (action logs, tables of words and stacked listings read from a page's words),
:mod:`.payments` (payments lists set with tabs in minutes: payee, purpose, sum), :mod:`.continuation` (tables
continued across pages, the heading above a table), :mod:`.ruled` (ruled tables by pdfplumber),
:mod:`.unruled_words` (tables of words printed without rules, under a header line of column names that
:func:`agendaparse.stream_tables.word_regions` flags), :mod:`.scanned` (tables on scanned pages),
:mod:`.searchable` (scans with a text layer: the picture's rules, the text layer's words),
:mod:`.detection` (the stage's finding: :func:`find_tables`) and :mod:`.plan_rows`
(:func:`action_plan_rows`, :func:`plan_particulars`). This module re-exports what the
rest of agendaparse and its tests import (a few private names the tests check).
"""

from __future__ import annotations

from .cells import WORD_GAP_RATIO, _mark_spanning, _overprint, clean_cell, extract_cells
from .column_names import FIELD_SYNONYMS, normalise_header
from .continuation import merge_continuations
from .detection import _reading_order, find_tables
from .headers import (
    ACTION_ID_RE,
    CELL_KINDS,
    _header_goes_on,
    _numbers_under_action,
    cell_kind,
    first_row_is_data,
    header_fields,
    is_action_plan,
    is_unit_row,
    shaded_status_column,
    table_fields,
)
from .layout_grids import _is_contents_list, _is_minutes_grid, _is_text_columns, _laid_out_text, _not_a_data_table
from .owner_date_cells import (
    SUBJECT_RE,
    deadline,
    deadline_in_text,
    lead_from_subject,
    owner_support,
    resolve_initials,
    split_owner,
    start_in_deadline,
)
from .page_objects import _gradient_strips
from .plan_rows import (
    COMMITMENT_MILESTONES,
    PlanParticulars,
    action_plan_rows,
    day_first,
    is_revision_name,
    labelled_particulars,
    month_first_cells,
    plan_particulars,
    split_cell_actions,
)
from .ruled import drop_short_listings, upright_rows
from .scanned import scanned_tables
from .status import BRAG_BLUE, _one_edit, done_status, normalise_status, rag_from_colour
from .word_tables import _row_rules

__all__ = [
    "ACTION_ID_RE",
    "BRAG_BLUE",
    "CELL_KINDS",
    "COMMITMENT_MILESTONES",
    "FIELD_SYNONYMS",
    "SUBJECT_RE",
    "WORD_GAP_RATIO",
    "_gradient_strips",
    "_header_goes_on",
    "_is_contents_list",
    "_is_minutes_grid",
    "_is_text_columns",
    "_laid_out_text",
    "_mark_spanning",
    "_not_a_data_table",
    "_numbers_under_action",
    "_one_edit",
    "_overprint",
    "_reading_order",
    "_row_rules",
    "action_plan_rows",
    "cell_kind",
    "clean_cell",
    "deadline",
    "deadline_in_text",
    "done_status",
    "drop_short_listings",
    "extract_cells",
    "find_tables",
    "first_row_is_data",
    "header_fields",
    "day_first",
    "is_revision_name",
    "is_action_plan",
    "is_unit_row",
    "labelled_particulars",
    "lead_from_subject",
    "merge_continuations",
    "month_first_cells",
    "normalise_header",
    "normalise_status",
    "owner_support",
    "PlanParticulars",
    "plan_particulars",
    "rag_from_colour",
    "resolve_initials",
    "scanned_tables",
    "shaded_status_column",
    "split_cell_actions",
    "split_owner",
    "start_in_deadline",
    "table_fields",
    "upright_rows",
]
