"""The shortcuts taken for speed on long packs give what the plain computation gives."""

from __future__ import annotations

import ctypes
import functools
import re

import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agendaparse import nlp as nlp_stage
from agendaparse import pdf
from agendaparse.extract import default_nlp
from agendaparse.models import AgendaItem, Provenance
from agendaparse.pdf import Line, read_document
from conftest import REAL, needs_shared

FRAGMENTS = [
    "agreed to",
    "it was agreed",
    "in agreement",
    "requested that",
    "asked for",
    "proposed that",
    "would be circulated",
    "report back",
    "will report",
    "will write",
    "shall be noted",
    "should check",
    "by 12 March 2025",
    "by the end of the year",
    "before the next meeting",
    "within two weeks",
    "ASAP",
    "as soon as possible",
    "tomorrow",
    "Q3 2025",
    "by 1/4/25",
    "at Christmas",
    "moved",
    "seconded",
    "motion carried",
    "approved",
    "authorised",
    "endorsed",
    "The Clerk",
    "JS to",
    "We",
    "?",
    "İ",
    "ı",
    "ſ",
    "K",
    "٣",
]


def plain_cue_tags(text: str) -> list[str]:
    return [name for name, pattern in nlp_stage.CUE_PATTERNS.items() if pattern.search(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=8).map(" ".join))
def test_cue_tags_match_every_pattern(text: str) -> None:
    assert nlp_stage.cue_tags(text) == plain_cue_tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Clerk aſked that the report be circulated.",  # long s: matched as "s" by re.I
        "Mr Smith will wrİte to the council by Aprİl 2025.",  # dotted capital I
        "Payment due 3/4/25.",
        "The item was moved and seconded; motion carried.",
    ],
)
def test_cue_tags_folded_letters(text: str) -> None:
    assert nlp_stage.cue_tags(text) == plain_cue_tags(text)


HINTED = [
    (nlp_stage.GLUED_HINT_RE, nlp_stage.GLUED_WORD_RE),
    (nlp_stage.RESOLVED_HINT_RE, nlp_stage.EMBEDDED_RESOLVED_RE),
    (nlp_stage.COMMIT_HINT_RE, nlp_stage.MID_COMMIT_RE),
    (nlp_stage.WAS_HINT_RE, nlp_stage.PASSIVE_DECISION_RE),
    (nlp_stage.MEMBERS_BODY_HINT_RE, nlp_stage.MEMBERS_BODY_RE),
    (re.compile("HM"), nlp_stage.PRISON_RE),
    (re.compile("Councillor|Councilor"), nlp_stage.COUNCILLOR_OF_RE),
    (nlp_stage.CAPITALS_RUN_RE, nlp_stage.ACRONYM_BODY_RE),
    (nlp_stage.CAPITALS_RUN_RE, nlp_stage.COUNCIL_ACRONYM_RE),
]
HINT_FRAGMENTS = [
    "KompanWestfield",
    "FleetMobile",
    "resolved to note",
    "RESOLVED that",
    "reſolved that",
    "it was resolved that",
    "Members unanimously resolved to",
    "Cllr Jones agreed to write",
    "Sarah Smith offered to circulate",
    "Mr Read volunteered to help",
    "The motion was carried",
    "The following three items were approved",
    "This was agreed",
    "Friends of Halesworth Library",
    "Bucknell Coalition of Parishes",
    "HMP Wandsworth",
    "Eden District Councillor",
    "Ashford Borough Councilors",
    "contacted the KCC about",
    "MPS officers",
    "OS&T has agreed",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(HINT_FRAGMENTS + FRAGMENTS), st.text(max_size=8)), max_size=8).map(" ".join))
def test_hints_found_wherever_their_patterns_match(text: str) -> None:
    """classify() tries each slow pattern only where its cheap hint is found."""
    for hint, pattern in HINTED:
        assert hint.search(text) or not pattern.search(text), (hint.pattern, text)


def _plain_scores(nlp, texts: list[str]) -> list[float]:
    return [doc._.action_score for doc in nlp.pipe(texts)]


def test_classifier_scores_as_in_pipeline() -> None:
    nlp = default_nlp()
    if nlp_stage.CLASSIFIER_PIPE not in nlp.pipe_names:
        pytest.skip("no bundled classifier")
    texts = [f"{fragment} item {index}" for index, fragment in enumerate(FRAGMENTS * 3)]
    classifier = nlp.get_pipe(nlp_stage.CLASSIFIER_PIPE)
    assert list(classifier.scores(texts, nlp.batch_size)) == _plain_scores(nlp, texts)


@needs_shared()
@pytest.mark.parametrize(
    "name",
    ["kent-cc/2025-01-30_cabinet_printed_minutes.pdf", "souldern-pc/2023-08-31_spc_minutes_action_log.pdf"],
)
def test_find_actions_as_with_whole_pipeline(name: str) -> None:
    """Scoring first and running the rules on kept sentences only finds the same actions as
    running every candidate through the whole pipeline."""
    nlp = nlp_stage.build_nlp()
    pages = read_document(REAL / name).pages
    fast = nlp_stage.find_actions(nlp, pages, [], "x", None)
    nlp.add_pipe("agendaparse_owner_ruler", name="extra_ruler")  # an unknown component: the plain path
    plain = nlp_stage.find_actions(nlp, pages, [], "x", None)
    assert fast and [a.model_dump() for a in fast] == [a.model_dump() for a in plain]


def plain_char_box(textpage, width: float, height: float, rotation: int, origin: tuple[float, float], index: int):
    """A character's display box through pypdfium2's own (type-checked) API."""
    left, bottom, right, top = textpage.get_charbox(index)
    x0, x1, y0, y1 = left - origin[0], right - origin[0], bottom - origin[1], top - origin[1]
    xa, ya = pdf._to_display(x0, y0, width, height, rotation)
    xb, yb = pdf._to_display(x1, y1, width, height, rotation)
    return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)


def plain_font_style(textpage, index: int) -> tuple[float, bool]:
    flags = ctypes.c_int(0)
    name = ctypes.create_string_buffer(128)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, 128, ctypes.byref(flags))
    bold = (
        b"bold" in name.value.lower()
        or bool(flags.value & pdf.FORCE_BOLD)
        or pdfium_c.FPDFText_GetFontWeight(textpage.raw, index) >= 600
    )
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage.raw, index, matrix)
    return round(pdf.printed_size(pdfium_c.FPDFText_GetFontSize(textpage.raw, index), matrix.c, matrix.d), 1), bold


def plain_runs(textpage, width: float, height: float, rotation: int, origin: tuple[float, float]) -> list[Line]:
    """pdf._runs written with min() and max() and per-word bullet mapping, as it first was."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:
        text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(count))
    runs: list[Line] = []
    char_box = functools.partial(plain_char_box, textpage, width, height, rotation, origin)
    margin_x = pdf.RIGHT_COLUMN * (height if rotation in (90, 270) else width)
    for segment in re.finditer(r"[^\r\n\x02\ufffe]+", text):
        words: list[str] = []
        box: list[float] = []
        boxes: list[tuple[float, float, float, float]] = []
        firsts: list[int] = []
        style: tuple[float, bool] = (0.0, False)
        last_x1 = None
        for word in pdf.WORD_RE.finditer(segment.group(0)):
            first = segment.start() + word.start()
            last = segment.start() + word.end() - 1
            x0, top, x1, bottom = char_box(first)
            if last != first:
                lx0, ltop, lx1, lbottom = char_box(last)
                x0, top, x1, bottom = min(x0, lx0), min(top, ltop), max(x1, lx1), max(bottom, lbottom)
            size = max(bottom - top, 1.0)
            if last_x1 is not None and (x0 - last_x1 > max(12.0, 2.5 * size) or x0 < last_x1 - 4 * size):
                runs.append(Line(" ".join(words), *box, *style))
                words, boxes, firsts = [], [], []
            if not words:
                box = [x0, top, x1, bottom]
                style = plain_font_style(textpage, first)
            else:
                box = [min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom)]
            words.append(word.group(0).translate(pdf.SYMBOL_BULLETS))
            boxes.append((x0, top, x1, bottom))
            firsts.append(first)
            last_x1 = x1
        if words and text[segment.end() : segment.end() + 1] in pdf.LINE_END_HYPHENS:
            words[-1] += "-"
        # a closing right-margin cell is a run of its own (the stop 24 rule, applied as pdf._runs applies it)
        cut = pdf._margin_token_cut(words, boxes, margin_x) if words else None
        if cut:
            for part in (slice(None, cut), slice(cut, None)):
                part_boxes = boxes[part]
                part_box = [
                    min(b[0] for b in part_boxes),
                    min(b[1] for b in part_boxes),
                    max(b[2] for b in part_boxes),
                    max(b[3] for b in part_boxes),
                ]
                runs.append(Line(" ".join(words[part]), *part_box, *plain_font_style(textpage, firsts[part][0])))
        elif words:
            runs.append(Line(" ".join(words), *box, *style))
    return runs


def plain_line_groups(runs: list[Line]) -> list[list[Line]]:
    """The runs pdf.group_lines joins into each line, by its first way of measuring a line."""
    lines: list[list[Line]] = []
    for run in sorted(runs, key=lambda r: ((r.top + r.bottom) / 2, r.x0)):
        centre = (run.top + run.bottom) / 2
        if lines:
            top = min(r.top for r in lines[-1])
            bottom = max(r.bottom for r in lines[-1])
            height = max(bottom - top, 1.0)
            stacked = any(
                min(run.x1, other.x1) - max(run.x0, other.x0)
                > max(1.0, 0.5 * min(run.x1 - run.x0, other.x1 - other.x0))
                for other in lines[-1]
            )
            if top - 0.2 * height <= centre <= bottom + 0.2 * height and not stacked:
                lines[-1].append(run)
                continue
        lines.append([run])
    return lines


@needs_shared()
@pytest.mark.parametrize(
    "name",
    [
        "kent-cc/2025-01-30_cabinet_printed_minutes.pdf",
        "winnipeg/2014-05-27_council_hansard.pdf",
        "souldern-pc/2023-08-31_spc_minutes_action_log.pdf",
        "kent-cc/2025-03-04_quarterly_performance_report_q3.pdf",
    ],
)
def test_runs_as_with_min_and_max(name: str) -> None:
    document = pdf.open_pdf(REAL / name)
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            rotation = page.get_rotation() % 360
            raw_w, raw_h = (height, width) if rotation in (90, 270) else (width, height)
            crop = page.get_cropbox()
            origin = (min(crop[0], crop[2]), min(crop[1], crop[3]))
            textpage = page.get_textpage()
            try:
                fast = pdf._runs(textpage, raw_w, raw_h, rotation, origin)
                assert fast == plain_runs(textpage, raw_w, raw_h, rotation, origin)
                grouped = pdf.group_lines(fast)
                assert [line.text for line in grouped] == [
                    pdf.group_lines(parts)[0].text for parts in plain_line_groups(fast)
                ]
            finally:
                textpage.close()
                page.close()
    finally:
        document.close()


SPELLED_OUT_RE = re.compile(r"((?:[\w’'\-]+\s+){1,10})\(([A-Z][A-Za-z&]{1,7})\)")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Local",
                "Electric",
                "Vehicle",
                "of",
                "the",
                "O’Neil",
                "re-use",
                "a_b",
                "x2",
                "Élan",
                "(LEVI)",
                "(LE)",
                "(Ab&C)",
                "(B)",
                "(TOOLONGXX)",
                ",",
                "(",
                ")",
                " ",
                "  ",
                "\n",
                "\u00a0",
                "-",
                "’",
            ]
        ),
        max_size=40,
    ),
    st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=40, max_size=40),
)
def test_spelled_out_candidates_as_the_regex(parts: list[str], gaps: list[str]) -> None:
    """The walk back from each bracket finds what the one regex finds (it was slow on long packs)."""
    text = "".join(part + gap for part, gap in zip(parts, gaps, strict=False))
    expected = [(match[1], match[2]) for match in SPELLED_OUT_RE.finditer(text)]
    assert list(nlp_stage.spelled_out_candidates(text)) == expected


def _item_by_scan(items: list[AgendaItem], page: int, top: float) -> str | None:
    """item_at as it was: every item scanned for every position."""
    current = None
    for item in items:
        start_page = item.provenance.page or item.page_start or 0
        start_top = item.provenance.bbox[1] if item.provenance.bbox else 0.0
        if (start_page, start_top) <= (page, top):
            current = item.number
        elif item.kind == "minutes":
            break
    if current is None:
        for item in items:
            if item.page_start and item.page_end and item.page_start <= page <= item.page_end:
                return item.number
    return current


heading = st.tuples(
    st.sampled_from(["agenda", "minutes"]),
    st.one_of(st.none(), st.integers(1, 6)),  # provenance page
    st.one_of(st.none(), st.integers(1, 6)),  # page_start
    st.one_of(st.none(), st.integers(0, 3)),  # pages the item runs over
    st.one_of(st.none(), st.sampled_from([0.0, 100.0, 250.5, 400.0])),  # heading top
)


@given(
    st.lists(heading, max_size=12),
    st.sampled_from(["agenda", "minutes", "mixed"]),
    st.lists(st.tuples(st.integers(0, 8), st.sampled_from([0.0, 50.0, 100.0, 250.5, 300.0, 800.0])), max_size=20),
)
@settings(max_examples=400, deadline=None)
def test_item_locator_as_the_scan(
    headings: list[tuple[str, int | None, int | None, int | None, float | None]],
    kinds: str,
    positions: list[tuple[int, float]],
) -> None:
    items = []
    for number, (kind, page, page_start, length, top) in enumerate(headings, start=1):
        bbox = (50.0, top, 300.0, top + 12.0) if top is not None else None
        items.append(
            AgendaItem(
                number=str(number),
                title=f"Item {number}",
                kind=kind if kinds == "mixed" else kinds,
                page_start=page_start,
                page_end=page_start + length if page_start and length is not None else None,
                provenance=Provenance(document="d", page=page, bbox=bbox, method="test"),
            )
        )
    locate = nlp_stage.ItemLocator(items)
    for page, top in positions:
        assert locate(page, top) == _item_by_scan(items, page, top)
