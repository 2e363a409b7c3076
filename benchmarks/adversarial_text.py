"""Time every text reader of segment, tables and nlp on long hostile lines, against a reference in the same run.

    python benchmarks/adversarial_text.py            # every input, every reader (under 2 minutes)
    python benchmarks/adversarial_text.py --quick    # three hostile inputs
    python benchmarks/adversarial_text.py --only segment --regexes   # one stage, plus its module regexes
    python benchmarks/adversarial_text.py --regexes --check          # exit 1 when a reader or pattern is far off

Real PDFs produce 20,000-character lines (a contents page or a form run together, OCR noise). A reader
that backtracks, or rescans the line for each word, turns one such line into seconds. For each reader
this prints, from one run:

- ``worst ms``: its slowest time on the hostile inputs ("A " * 10000, "Cllr " * 4000, "a-" * 10000,
  "1. " * 7000, "Board of " * 2500, "(" * 20000, a real minutes sentence repeated to 20,000 characters, and
  the inputs that once made a reader slow: "Bank " * 4000, "Supervisors " * 2000, "AB " * 7000, "Abc, " * 4000,
  "Bridge of " * 2000, one 20,000-character word, "to discuss " * 3000), and the lines each helper round wrote
  for its own new patterns (``benchmarks/hostile_lines.py``, labelled by round: ``nlp_round70#3``; ``--no-rounds``
  leaves them out);
- ``x linear``: that time per character over its time per character on one realistic 200-character line
  (a linear reader prints about 1x; hundreds mean the work grows faster than the line);
- ``x ref``: that time over ``re.search(r"\\bzqxj\\b", line)`` on the same input (a word no line holds, so the
  reference scans the whole line: stop 33's lines hold "council", which had made the old reference nearly free);
- ``SLOW`` when the worst time is over 10 ms.

Readers that take pages are given one page holding the line (page-level readers: ``document_facts``,
``agenda_items``, ``minutes_items``, ...). A reader stops being timed on further inputs once one input has
taken over a second (``stopped``). ``--regexes`` adds each compiled module-level regex (``.search``) of the stage
packages and of the top-level modules (``pdf``, ``dates``, ``plan_blocks``, ...). ``--check`` exits with status 1
when any reader's worst time is over ``CHECK_X_REF`` times the reference on the same input (a second or so), or it
fails or runs past ``GIVE_UP_S`` on one: the guard against a pattern that backtracks, measured against the same run
instead of a fixed number of seconds. With ``--regexes`` it fails too when a module pattern alone is over
``CHECK_X_REF`` times the reference, unless ``KNOWN_SLOW_PATTERNS`` names it (with the reason it still stands
there): a reader may run a pattern anchored, or only in windows around a cue word, but the next caller that searches
a whole line with it would hang an import (stop 39 made the 27 others of stop 38's list linear alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from hostile_lines import ROUND_LINES  # noqa: E402

from agendaparse import nlp, plan_blocks, segment, tables  # noqa: E402
from agendaparse.models import AgendaItem, Provenance  # noqa: E402
from agendaparse.nlp import classification as nlp_classification  # noqa: E402
from agendaparse.nlp import names as nlp_names  # noqa: E402
from agendaparse.nlp import organisations as nlp_organisations  # noqa: E402
from agendaparse.nlp import owners as nlp_owners  # noqa: E402
from agendaparse.nlp.patterns import ORG_WORD  # noqa: E402
from agendaparse.pdf import (  # noqa: E402
    OF_TOTAL_RE,
    Line,
    PageLayout,
    choose_sequence_labels,
    classify_stamps,
    read_inline_page_labels,
)
from agendaparse.segment import attendance as seg_attendance  # noqa: E402
from agendaparse.segment import bodies as seg_bodies  # noqa: E402
from agendaparse.segment import meeting_dates as seg_dates  # noqa: E402
from agendaparse.segment import minutes as seg_minutes  # noqa: E402
from agendaparse.segment import patterns as seg_patterns  # noqa: E402
from agendaparse.tables import owner_date_cells, status  # noqa: E402

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
# --check: worst time over this many times the reference's on the same input (about a second on a 20,000-character
# line) fails; the slowest page-level readers stand near 1,000x
CHECK_X_REF = 5000.0
# a pattern that backtracks in nested runs may not end at all on such a line: the reader is given up on
GIVE_UP_S = 20.0
REFERENCE = re.compile(r"\bzqxj\b")
# module patterns still over CHECK_X_REF alone (each safe only as its callers run it), by the name --regexes prints:
# --check passes them, and lists those under the bound in the run (take one out once it is linear alone)
_TO_LINE_END = "organisations.py: reads to the line's end from each start (stop 56), its caller from one"
KNOWN_SLOW_PATTERNS: dict[str, str] = {
    # each start at "of" or "for" reads to the line's end for the body there: in any form that gives the same
    # matches, a search reads the line once per such start (its caller matches it once, at a name's start)
    "organisations.OF_A_BODY_RE": _TO_LINE_END,
    # never listed, found at stop 56 (10,800x on "A " * 10,000): a lazy run up to "Committee of the Council" from
    # each start must read to the line's end where there is none (its caller fullmatches a name; HEAD_POSSESSIVE_RE's
    # matches one)
    "organisations.COMMITTEE_OF_GENERIC_COUNCIL_RE": _TO_LINE_END,
    "organisations.HEAD_POSSESSIVE_RE": _TO_LINE_END,  # the same, a body's head word tried at each (over 20 s on "A ")
}
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


def round_inputs() -> dict[str, str]:
    """The rounds' lines (``hostile_lines.ROUND_LINES``) by ``round#n``, leaving out repeats of earlier lines."""
    seen = set(HOSTILE.values())
    inputs: dict[str, str] = {}
    for suite, lines in ROUND_LINES.items():
        for number, line in enumerate(lines, 1):
            if line not in seen:
                seen.add(line)
                inputs[f"{suite}#{number}"] = line
    return inputs


def margin_pages(text: str) -> list[PageLayout]:
    """Three pages whose footers read "Page 1", the line under test and "Page 3"."""
    return [
        PageLayout(number, 595, 842, 0, [Line("Report text", 72, 300, 300, 310), Line(footer, 72, 800, 590, 810)])
        for number, footer in ((1, "Page 1"), (2, text), (3, "Page 3"))
    ]


def _page_labels(text: str) -> None:
    pages = margin_pages(text)
    for page in pages:
        classify_stamps(page)
    choose_sequence_labels(pages)
    read_inline_page_labels(pages)


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
        "minutes _parse_number": seg_minutes._parse_number,
        "page labels (3 pages)": _page_labels,
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
        # the line as the lead cell too: each bulleted "X to ..." looked up among the lead cell's runs of words
        "split_cell_actions (lead cell)": lambda s: tables.split_cell_actions({"action": s, "named_lead": s}, "bench"),
        "first_row_is_data": lambda s: tables.first_row_is_data([[s, "Clerk"], [s, "Chair"]]),
        "_not_a_data_table": lambda s: tables._not_a_data_table([[s, "Clerk"], [s, "Chair"]]),
        "rag_statuses": status.rag_statuses,
        "owner_and_deadline": lambda s: owner_date_cells.owner_and_deadline(s, REFERENCE_DATE),
        "plan_blocks.label_of": plan_blocks.label_of,
        "plan_blocks._opening_date": plan_blocks._opening_date,
    }


def nlp_readers() -> dict[str, Reader]:
    reader = nlp.ParagraphReader()
    language = nlp.build_nlp()
    item = AgendaItem(
        number="5",
        title="Matters arising",
        kind="minutes",
        provenance=Provenance(document="bench", page=1, method="bench"),
    )
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
        "find_actions (page)": lambda s: nlp.find_actions(language, [page_of(s)], [item], "bench", REFERENCE_DATE),
        "owner_of": nlp_classification.owner_of,
        "delegated_to": nlp_owners.delegated_to,
        "spelled_out_bodies": lambda s: nlp_organisations.spelled_out_bodies([s], set()),
        "supplier_names": nlp_organisations.supplier_names,
    }


def module_regexes(stage: str) -> dict[str, Reader]:
    """Each compiled regex defined or imported at module level in a stage (``core``: the top-level modules), once
    (``.search``)."""
    prefix = "agendaparse" if stage == "core" else f"agendaparse.{stage}"
    package = importlib.import_module(prefix)
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module_info in pkgutil.iter_modules(package.__path__):
        if stage == "core" and module_info.ispkg:
            continue
        module = importlib.import_module(f"{prefix}.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in found:
                found[id(value)] = (f"{module_info.name}.{name}", value)
    return {name: pattern.search for name, pattern in found.values()}


class TimedOut(Exception):
    """A reader still at work on one line after GIVE_UP_S (the regex engine checks for signals as it runs)."""


def _give_up(signum: int, frame: object) -> None:
    raise TimedOut(f"over {GIVE_UP_S:.0f} s")


def elapsed_ms(reader: Reader, text: str, runs: int = 1, give_up_s: float = GIVE_UP_S) -> float:
    """The best of ``runs`` times in ms; :class:`TimedOut` once a run passes ``give_up_s``."""
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _give_up)
    try:
        for _ in range(runs):
            signal.setitimer(signal.ITIMER_REAL, give_up_s)
            start = time.perf_counter()
            try:
                reader(text)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, (time.perf_counter() - start) * 1000)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def bounded_ms(reader: Reader, text: str, runs: int = 1, give_up_s: float = GIVE_UP_S) -> float:
    """:func:`elapsed_ms`, ``inf`` once a run passes ``give_up_s``: a time to hold against a bound drawn from the
    reference (the suites' linearity tests), where a pattern that backtracks would run for minutes."""
    try:
        return elapsed_ms(reader, text, runs, give_up_s)
    except TimedOut:
        return float("inf")


def slower_than_bound(reader: Reader, lines: dict[str, str], bound_x: float) -> str | None:
    """The first of ``lines`` on which ``reader`` takes ``bound_x`` times the reference or more, said as a message;
    None when it keeps under the bound on all (the linearity suites' check: a pattern that backtracks is given up on
    at four times the bound)."""
    for name, line in lines.items():
        reference = max(bounded_ms(REFERENCE.search, line, runs=5), 0.01)
        took = bounded_ms(reader, line, runs=2, give_up_s=bound_x * reference * 4 / 1000)
        if took >= bound_x * reference:
            return f"on {name!r}: {took:.1f} ms, {took / reference:.0f}x the reference"
    return None


@dataclass
class Measured:
    worst_ms: float
    worst_input: str
    x_linear: float
    x_reference: float  # the worst time over the reference's on the same input
    most_x_reference: float  # the largest such ratio over every input (what --check reads)
    most_input: str
    stopped: bool


def measure(reader: Reader, inputs: dict[str, str], reference: dict[str, float]) -> Measured:
    # five variants of the same length, so that a reader's own cache cannot answer the repeats
    variants = [REALISTIC[:-3] + f"{run:03d}" for run in range(5)]
    realistic = min(elapsed_ms(reader, variant) for variant in variants) / len(REALISTIC)
    worst, worst_input, most, most_input, stopped = 0.0, "", 0.0, "", False
    for label, text in inputs.items():
        try:
            took = elapsed_ms(reader, text)
        except Exception as error:  # a reader that fails on a line is reported as failing the check
            return Measured(worst, label, 0.0, 0.0, float("inf"), f"{label} ({type(error).__name__}: {error})", True)
        if took > worst:
            worst, worst_input = took, label
        if took / reference[label] > most:
            most, most_input = took / reference[label], label
        if took > STOP_MS:
            stopped = True
            break
    per_char = worst / len(inputs[worst_input])
    linear = per_char / max(realistic, 1e-6)
    return Measured(worst, worst_input, linear, worst / reference[worst_input], most, most_input, stopped)


def report(
    title: str, readers: dict[str, Reader], inputs: dict[str, str], reference: dict[str, float]
) -> tuple[int, dict[str, str]]:
    """Print one line per reader; return how many were over SLOW_MS and, by name, the lines of those over
    CHECK_X_REF."""
    print(f"\n== {title}")
    print(f"{'reader':42} {'worst ms':>10} {'input':>18} {'x linear':>9} {'x ref':>8}")
    slow, failed = 0, {}
    for name, reader in readers.items():
        got = measure(reader, inputs, reference)
        flag = ("SLOW" if got.worst_ms > SLOW_MS else "") + (" stopped" if got.stopped else "")
        slow += got.worst_ms > SLOW_MS
        line = (
            f"{name[:42]:42} {got.worst_ms:10.2f} {got.worst_input[:18]:>18} {got.x_linear:8.1f}x "
            f"{got.x_reference:7.0f}x {flag}"
        )
        print(line)
        if got.most_x_reference > CHECK_X_REF:
            failed[name] = f"{title}: {name} {got.most_x_reference:.0f}x the reference on {got.most_input!r}"
    return slow, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="three hostile inputs instead of all")
    parser.add_argument("--no-rounds", action="store_true", help="leave out the rounds' lines (hostile_lines.py)")
    parser.add_argument("--only", choices=("segment", "tables", "nlp"), help="one stage's readers")
    parser.add_argument("--regexes", action="store_true", help="also each module-level regex of the stages")
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 when a reader (or a pattern not known slow) takes over {CHECK_X_REF:.0f}x ref",
    )
    args = parser.parse_args()
    inputs = {label: text for label, text in HOSTILE.items() if not args.quick or label in QUICK}
    if not (args.quick or args.no_rounds):
        inputs |= round_inputs()
    reference = {label: elapsed_ms(REFERENCE.search, text, runs=5) for label, text in inputs.items()}
    print(f"{len(inputs)} inputs; reference re.search(r'\\bzqxj\\b'), ms: ", end="")
    print(", ".join(f"{k!r} {v:.2f}" for k, v in list(reference.items())[: len(HOSTILE)]), "...")
    stages = {"segment": segment_readers, "tables": tables_readers, "nlp": nlp_readers}
    started = time.perf_counter()
    slow, failed, patterns_over, timed = 0, {}, {}, set()
    for stage, readers in stages.items():
        if args.only in (None, stage):
            over, lines = report(f"{stage} readers", readers(), inputs, reference)
            slow, failed = slow + over, failed | lines
            if args.regexes:
                patterns = module_regexes(stage)
                over, lines = report(f"{stage} module regexes", patterns, inputs, reference)
                slow, patterns_over, timed = slow + over, patterns_over | lines, timed | set(patterns)
    if args.regexes and args.only is None:
        patterns = module_regexes("core")
        over, lines = report("top-level module regexes", patterns, inputs, reference)
        slow, patterns_over, timed = slow + over, patterns_over | lines, timed | set(patterns)
    print(f"\n{slow} over {SLOW_MS:.0f} ms; {time.perf_counter() - started:.0f} s in all")
    known = {name: line for name, line in patterns_over.items() if name in KNOWN_SLOW_PATTERNS}
    unknown = [line for name, line in patterns_over.items() if name not in KNOWN_SLOW_PATTERNS]
    if known:
        print(f"{len(known)} known slow patterns alone over {CHECK_X_REF:.0f}x (KNOWN_SLOW_PATTERNS):\n  ", end="")
        print("\n  ".join(f"{line} ({KNOWN_SLOW_PATTERNS[name]})" for name, line in known.items()))
    if mended := sorted(name for name in KNOWN_SLOW_PATTERNS if name in timed and name not in patterns_over):
        # most stand near the bound (4,000x and more, or over a second on a long line): out once linear alone
        print(f"{len(mended)} of KNOWN_SLOW_PATTERNS not over {CHECK_X_REF:.0f}x in this run: {mended}")
    if unknown:
        print(f"{len(unknown)} patterns alone over {CHECK_X_REF:.0f}x the reference:\n  " + "\n  ".join(unknown))
    if failed:
        print(f"{len(failed)} readers over {CHECK_X_REF:.0f}x the reference:\n  " + "\n  ".join(failed.values()))
    if args.check and (failed or unknown):
        sys.exit(1)


if __name__ == "__main__":
    main()
