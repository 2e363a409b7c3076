"""Time every text reader of segment, tables and nlp on long hostile lines, against a reference in the same run.

    python benchmarks/adversarial_text.py            # every input, every reader (under 2 minutes)
    python benchmarks/adversarial_text.py --quick    # three hostile inputs
    python benchmarks/adversarial_text.py --only segment --regexes   # one stage, plus its module regexes

Real PDFs produce 20,000-character lines (a contents page or a form run together, OCR noise). A reader
that backtracks, or rescans the line for each word, turns one such line into seconds. For each reader
this prints, from one run:

- ``worst ms``: its slowest time on the hostile inputs ("A " * 10000, "Cllr " * 4000, "a-" * 10000,
  "1. " * 7000, "Board of " * 2500, "(" * 20000, a real minutes sentence repeated to 20,000 characters, and
  the inputs that once made a reader slow: "Bank " * 4000, "Supervisors " * 2000, "AB " * 7000, "Abc, " * 4000,
  "Bridge of " * 2000, one 20,000-character word, "to discuss " * 3000);
- ``x linear``: that time per character over its time per character on one realistic 200-character line
  (a linear reader prints about 1x; hundreds mean the work grows faster than the line);
- ``x ref``: that time over ``re.search(r"\\bcouncil\\b", line)`` on the same input;
- ``SLOW`` when the worst time is over 10 ms.

Readers that take pages are given one page holding the line (page-level readers: ``document_facts``,
``agenda_items``, ``minutes_items``, ...). A reader stops being timed on further inputs once one input has
taken over a second (``stopped``). ``--regexes`` adds each compiled module-level regex (``.search``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from agendaparse import nlp, segment, tables  # noqa: E402
from agendaparse.nlp import names as nlp_names  # noqa: E402
from agendaparse.nlp import organisations as nlp_organisations  # noqa: E402
from agendaparse.nlp.patterns import ORG_WORD  # noqa: E402
from agendaparse.pdf import OF_TOTAL_RE, Line, PageLayout  # noqa: E402
from agendaparse.segment import attendance as seg_attendance  # noqa: E402
from agendaparse.segment import bodies as seg_bodies  # noqa: E402
from agendaparse.segment import meeting_dates as seg_dates  # noqa: E402
from agendaparse.segment import patterns as seg_patterns  # noqa: E402

LENGTH = 20_000
SENTENCE = (
    "RESOLVED that the Clerk write to Ashby Parish Council and the Board of Governors about the footpath "
    "repairs on Mill Lane, Cllr Marsh to report back by 14 March 2024 (Min 23/145). "
)
REALISTIC = SENTENCE[:200]
HOSTILE = {
    "A ": "A " * 10000,
    "Cllr ": "Cllr " * 4000,
    "a-": "a-" * 10000,
    "1. ": "1. " * 7000,
    "Board of ": "Board of " * 2500,
    "(": "(" * 20000,
    "sentence": (SENTENCE * (LENGTH // len(SENTENCE) + 1))[:LENGTH],
    # inputs that once made a reader slow (each was a timed unit test before speed moved here)
    "Bank ": "Bank " * 4000,
    "Supervisors ": "Supervisors " * 2000,
    "AB ": "AB " * 7000,
    "Abc, ": "Abc, " * 4000,
    "Bridge of ": "Bridge of " * 2000,
    "long word": "a" * 19999 + "1",
    "to discuss ": "will meet the operator " + "to discuss " * 3000 + "in December",
    "Ee-": "Ee-" * 6700,  # stop 30: a name with initials looked for from inside one long hyphenated word
}
QUICK = ("A ", "a-", "sentence")
SLOW_MS = 10.0
STOP_MS = 1000.0
REFERENCE = re.compile(r"\bcouncil\b")
REFERENCE_DATE = dt.date(2024, 3, 1)
ORG_WORD_RE = re.compile(rf"\b(?:{ORG_WORD})\b")

Reader = Callable[[str], object]


def page_of(text: str) -> PageLayout:
    """One A4 page: a title, the line under test, and a line of prose."""
    lines = [
        Line("Ashby Parish Council", 72, 60, 300, 74, 14.0, True),
        Line(text, 72, 100, 520, 112, 10.0),
        Line("The meeting closed at 9.05 pm.", 72, 130, 300, 142, 10.0),
    ]
    return PageLayout(number=1, width=595, height=842, rotation=0, lines=lines)


def _agenda_pages(text: str) -> None:
    items = segment.agenda_items([page_of(text)], "bench")
    segment.assign_pages(items, [page_of(text)])
    segment.attach_cover_fields(items, [page_of(text)])


def segment_readers() -> dict[str, Reader]:
    return {
        "find_body": segment.find_body,
        "find_body(affiliations)": lambda s: segment.find_body(s, affiliations=True),
        "body_matches": lambda s: list(seg_bodies.body_matches(s)),
        "pdf OF_TOTAL_RE (page stamp)": lambda s: OF_TOTAL_RE.match(s.strip()),
        "council_from_initialism": segment.council_from_initialism,
        "expand_initialism": lambda s: segment.expand_initialism("APC", s),
        "body_from_meeting_title": lambda s: segment.body_from_meeting_title([s]),
        "body_from_meeting_heading": lambda s: segment.body_from_meeting_heading([s]),
        "body_from_org_heading": lambda s: seg_bodies.body_from_org_heading([s]),
        "body_from_secretariat": lambda s: seg_bodies.body_from_secretariat([s], s),
        "council_of_committee": lambda s: seg_bodies.council_of_committee([s]),
        "most_named_body": seg_bodies.most_named_body,
        "council_of_domain": seg_bodies.council_of_domain,
        "normalise_body": lambda s: segment.normalise_body(s, s),
        "municipal_style": lambda s: segment.municipal_style(s, s),
        "minutes_of_matches": segment.minutes_of_matches,
        "_strip_place": lambda s: segment._strip_place(s, "Ashby Parish Council"),
        "_without_meeting_kind": segment._without_meeting_kind,
        "meeting_date_from": lambda s: segment.meeting_date_from([s]),
        "find_time": seg_dates.find_time,
        "_only_a_date": segment._only_a_date,
        "parse_item_number": segment.parse_item_number,
        "parse_page_range": segment.parse_page_range,
        "roman_value": segment.roman_value,
        "heading_title": segment.heading_title,
        "heading_title(wraps)": lambda s: segment.heading_title(s, wraps=True),
        "_parse_heading_number": segment._parse_heading_number,
        "_caps_heading": segment._caps_heading,
        "_attendance_label": segment._attendance_label,
        "split_people": seg_attendance.split_people,
        "attendance_rows": lambda s: seg_attendance.attendance_rows([s]),
        "join_wrapped": lambda s: seg_patterns.join_wrapped("Minutes of the last", s),
        "without_date_tail": seg_patterns.without_date_tail,
        "without_link_size": seg_patterns.without_link_size,
        "cover_author": lambda s: segment.cover_author({"Report author": s, "Contact": s}),
        "document_facts (page)": lambda s: segment.document_facts([page_of(s)]),
        "classify_document (page)": lambda s: segment.classify_document([page_of(s)]),
        "find_committee (page)": lambda s: segment.find_committee([page_of(s)], "minutes", None),
        "agenda_items+pages (page)": _agenda_pages,
        "minutes_items (page)": lambda s: segment.minutes_items([page_of(s)], "bench"),
        "meeting_attendance (page)": lambda s: segment.meeting_attendance([page_of(s)]),
        "cover_fields (page)": lambda s: segment.cover_fields(page_of(s)),
        "contact_officer (page)": lambda s: segment.contact_officer([page_of(s)]),
        "date_column (page)": lambda s: segment.date_column([page_of(s)]),
        "heading_lines (page)": lambda s: segment.heading_lines([page_of(s)]),
    }


def tables_readers() -> dict[str, Reader]:
    return {
        "clean_cell": tables.clean_cell,
        "normalise_header": tables.normalise_header,
        "header_fields": lambda s: tables.header_fields([s, "Owner", "Deadline"]),
        "is_action_plan": lambda s: tables.is_action_plan([s, "Owner"]),
        "cell_kind": tables.cell_kind,
        "deadline": lambda s: tables.deadline(s, REFERENCE_DATE),
        "deadline_in_text": lambda s: tables.deadline_in_text(s, REFERENCE_DATE),
        "start_in_deadline": lambda s: tables.start_in_deadline(s, REFERENCE_DATE),
        "lead_from_subject": tables.lead_from_subject,
        "labelled_particulars": tables.labelled_particulars,
        "owner_support": tables.owner_support,
        "split_owner": tables.split_owner,
        "resolve_initials": lambda s: tables.resolve_initials(s, {"AM": "Anna Marsh"}),
        "normalise_status": tables.normalise_status,
        "done_status": tables.done_status,
        "split_cell_actions": lambda s: tables.split_cell_actions({"action": s, "owner": "Clerk"}, "bench"),
        "first_row_is_data": lambda s: tables.first_row_is_data([[s, "Clerk"], [s, "Chair"]]),
        "_not_a_data_table": lambda s: tables._not_a_data_table([[s, "Clerk"], [s, "Chair"]]),
    }


def nlp_readers() -> dict[str, Reader]:
    reader = nlp.ParagraphReader()
    return {
        "strip_title": nlp.strip_title,
        "given_name_people": nlp.given_name_people,
        "post_title_people": nlp_names.post_title_people,
        "attendance_entries": nlp.attendance_entries,
        "organisation_names": nlp.organisation_names,
        "spelled_out_candidates": lambda s: list(nlp.spelled_out_candidates(s)),
        "acronym_bodies": lambda s: nlp.acronym_bodies(s, set()),
        "_spelled_acronyms": lambda s: nlp._spelled_acronyms([s]),
        "is_address_line": nlp.is_address_line,
        "split_sentences": nlp.split_sentences,
        "_split_owner_clauses": nlp._split_owner_clauses,
        "_resolution_actor": nlp._resolution_actor,
        "resolving_body": nlp.resolving_body,
        "subject_owner": nlp.subject_owner,
        "classifier_text": nlp.classifier_text,
        "cue_tags": nlp.cue_tags,
        "post_key": nlp.post_key,
        "resolve_owner": lambda s: nlp.resolve_owner(s, {"AM": "Anna Marsh"}),
        "resolve_due": lambda s: nlp.resolve_due(s, REFERENCE_DATE, None),
        "_org_name": nlp._org_name,
        "organisation chain scan": lambda s: list(nlp_organisations._chain_matches(s)),
        "ORG_WORD": ORG_WORD_RE.search,
        "initials_map (page)": lambda s: nlp.initials_map([page_of(s)]),
        "find_mentions (page)": lambda s: nlp.find_mentions([page_of(s)], "bench", reader),
    }


def module_regexes(stage: str) -> dict[str, Reader]:
    """Each compiled regex defined or imported at module level in a stage, once (``.search``)."""
    package = importlib.import_module(f"agendaparse.{stage}")
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"agendaparse.{stage}.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in found:
                found[id(value)] = (f"{module_info.name}.{name}", value)
    return {name: pattern.search for name, pattern in found.values()}


def elapsed_ms(reader: Reader, text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        reader(text)
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


Measured = tuple[float, str, float, float, bool]


def measure(reader: Reader, inputs: dict[str, str], reference: dict[str, float]) -> Measured:
    """(worst ms, its input, x linear, x ref, stopped early)."""
    # five variants of the same length, so that a reader's own cache cannot answer the repeats
    variants = [REALISTIC[:-3] + f"{run:03d}" for run in range(5)]
    realistic = min(elapsed_ms(reader, variant) for variant in variants) / len(REALISTIC)
    worst, worst_input, stopped = 0.0, "", False
    for label, text in inputs.items():
        took = elapsed_ms(reader, text)
        if took > worst:
            worst, worst_input = took, label
        if took > STOP_MS:
            stopped = True
            break
    per_char = worst / len(inputs[worst_input])
    return worst, worst_input, per_char / max(realistic, 1e-6), worst / reference[worst_input], stopped


def report(title: str, readers: dict[str, Reader], inputs: dict[str, str], reference: dict[str, float]) -> int:
    print(f"\n== {title}")
    print(f"{'reader':42} {'worst ms':>10} {'input':>10} {'x linear':>9} {'x ref':>8}")
    slow = 0
    for name, reader in readers.items():
        worst, label, linear, to_reference, stopped = measure(reader, inputs, reference)
        flag = ("SLOW" if worst > SLOW_MS else "") + (" stopped" if stopped else "")
        slow += worst > SLOW_MS
        print(f"{name[:42]:42} {worst:10.2f} {label!r:>10} {linear:8.1f}x {to_reference:7.0f}x {flag}")
    return slow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="three hostile inputs instead of all fourteen")
    parser.add_argument("--only", choices=("segment", "tables", "nlp"), help="one stage's readers")
    parser.add_argument("--regexes", action="store_true", help="also each module-level regex of the stages")
    args = parser.parse_args()
    inputs = {label: text for label, text in HOSTILE.items() if not args.quick or label in QUICK}
    reference = {label: elapsed_ms(REFERENCE.search, text, runs=5) for label, text in inputs.items()}
    print("reference re.search(r'\\bcouncil\\b'): " + ", ".join(f"{k!r} {v:.2f} ms" for k, v in reference.items()))
    stages = {"segment": segment_readers, "tables": tables_readers, "nlp": nlp_readers}
    started = time.perf_counter()
    slow = 0
    for stage, readers in stages.items():
        if args.only in (None, stage):
            slow += report(f"{stage} readers", readers(), inputs, reference)
            if args.regexes:
                slow += report(f"{stage} module regexes", module_regexes(stage), inputs, reference)
    print(f"\n{slow} over {SLOW_MS:.0f} ms; {time.perf_counter() - started:.0f} s in all")


if __name__ == "__main__":
    main()
