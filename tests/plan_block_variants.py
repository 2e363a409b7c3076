"""A seeded generator of action plans printed as blocks (one block per action or commitment), with known truth.

Each seed draws, independently: the block's head ('Action 1: ...', a bold '1.1 ...', 'Commitment 3 – ...', a
numbered heading then an 'Action:' line, the action as the first line of a shaded box; and, for three seeds in ten,
the action as the first row of its label | value box, 'Action 2.1 – ...', a plain '2.1 ...'), how its particulars are
set (label and value on one line, the value under its label, a two-column label | value box ruled or not, two or
three particulars on one line while they fit), whether labels and heads are bold, which particulars are printed
('Lead:', 'Owner:', 'Timescale:', 'Start date:' / 'End date:', 'Status:', 'RAG:', 'Progress:' notes of several
sentences, 'Measure of success:', 'Resources:'), milestones as bullets (dated: rows of their own, corpus/gold/README.md
stop 23, the date after or before the step; or undated), theme headings over groups of blocks, a report's paragraphs
before the plan, page numbers in the foot and the plan's name at the head of every page, a RAG word with a note
('Amber – see commentary'). Blocks run over page breaks as they fall. Owners, dates and actions are drawn as
tests/table_variants.py draws them.

:func:`generate` builds the PDF with reportlab; :func:`extract_rows` runs the real stages (the tables, then the plan
rows as ``extract_document`` reads them); scoring is table_variants' (:func:`table_variants.score`).

Run as a script for the summary over many seeds: ``python tests/plan_block_variants.py 200 [-v]``.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))

import table_variants as tv  # noqa: E402
from drawn_pdfs import pdf_file

HEADS = ["action_n", "dotted", "commitment", "labelled", "shaded"]
# drawn for three seeds in ten over the first five (round 3): the action in the box's first row ('Action | ...'),
# 'Action 2.1 – ...', a plain '2.1 ...'
MORE_HEADS = ["box_row", "action_dash", "plain_dotted"]
RAG_NOTES = {"Green": "see update", "Amber": "see commentary", "Red": "see update below"}
LAYOUTS = ["inline", "under", "box", "oneline"]
LEAD_LABELS = ["Lead", "Lead officer", "Responsible", "Owner", "Accountable officer", "Action owner", "Led by"]
END_LABELS = [
    "Timescale",
    "By when",
    "Target date",
    "Deadline",
    "Due date",
    "Completion date",
    "Target completion date",
]
PROGRESS_LABELS = ["Progress", "Update", "Progress update", "Progress to date"]
STATUS_LABELS = ["Status", "Current status"]
RAG_LABELS = ["RAG", "RAG status", "RAG rating"]
MILESTONE_LABELS = ["Milestones", "Key milestones"]
PROGRESS_NOTES = [
    "Work began in the spring. Two workshops have been held with partners.",
    "A draft has been shared with the working group. Comments are due back next month.",
    "The project board met twice in the quarter. Funding has been agreed for the first phase.",
    "Officers have mapped the current provision. A report will follow in the autumn.",
    "A working group of officers and partners was set up in the summer and has met four times since. Terms of "
    "reference were agreed at the first meeting. A draft action list will go to the board in the new year, with "
    "costs for each option.",
]
MEASURES = ["Fewer complaints about missed bins", "95% of inspections on time", "Survey satisfaction above 80%"]
RESOURCES = ["Existing budget", "£25,000 from reserves", "Officer time", "Grant funding"]
STEPS = [
    "Agree the scope with partners", "Map the current provision", "Set up a task group", "Report progress quarterly",
    "Launch the public consultation", "Publish the final guidance", "Train frontline staff", "Evaluate the pilot",
]  # fmt: skip
SHORT_TITLES = ["Risk register", "Workforce", "Digital offer", "Parking scheme", "Play areas", "Grant funding"]
REPORT = (
    "This report sets out the council's improvement plan following the inspection. Each action below has a lead "
    "and a timescale, and progress will be reported to the committee every quarter. Members are asked to note the "
    "plan and to comment on its priorities."
)


@dataclass
class BlockVariant:
    seed: int
    head: str  # HEADS
    layout: str  # LAYOUTS
    bold_labels: bool
    ruled: bool  # box layout: ruled or not
    particulars: list[str]  # lead, end | start_end, status | rag, progress, measure, resources
    labels: dict[str, str]
    milestones: str  # none | dated | undated
    themes: bool
    in_report: bool
    page_numbers: bool
    head_bold: bool = True  # 'Action 1: ...' and 'Commitment 3 – ...' in bold or plain
    date_first: bool = False  # a dated milestone opens with its date ('June 2025 – Launch ...')
    three_on_line: bool = False  # 'oneline': three particulars on the first line, not two
    running_head: bool = False  # the plan's name at the top of every page
    rag_note: bool = False  # 'Amber – some risk to delivery
    truth: list[dict[str, Any]] = field(default_factory=list)


def draw(seed: int) -> BlockVariant:
    rng = random.Random(seed)
    particulars = ["lead"]
    particulars.append(rng.choice(["end", "end", "start_end"]))
    status = rng.choice(["status", "rag", "none"])
    if status != "none":
        particulars.append(status)
    particulars += [name for name in ("progress", "measure", "resources") if rng.random() < 0.4]
    labels = {
        "lead": rng.choice(LEAD_LABELS),
        "end": rng.choice(END_LABELS),
        "start": "Start date",
        "end_date": "End date",
        "status": rng.choice(STATUS_LABELS),
        "rag": rng.choice(RAG_LABELS),
        "progress": rng.choice(PROGRESS_LABELS),
        "measure": "Measure of success",
        "resources": "Resources",
        "milestones": rng.choice(MILESTONE_LABELS),
        "action": "Action",
    }
    variant = BlockVariant(
        seed=seed,
        head=rng.choice(HEADS),
        layout=rng.choice(LAYOUTS),
        bold_labels=rng.random() < 0.5,
        ruled=rng.random() < 0.5,
        particulars=particulars,
        labels=labels,
        milestones=rng.choice(["none", "none", "dated", "undated"]),
        themes=rng.random() < 0.5,
        in_report=rng.random() < 0.4,
        page_numbers=rng.random() < 0.6,
        head_bold=rng.random() < 0.7,
        date_first=rng.random() < 0.3,
    )
    if rng.random() < 0.3:
        variant.head = rng.choice(MORE_HEADS)
        variant.layout = "box" if variant.head == "box_row" else variant.layout
    variant.three_on_line = rng.random() < 0.5
    variant.running_head = rng.random() < 0.4
    variant.rag_note = rng.random() < 0.4
    return variant


def _milestone_date(rng: random.Random) -> tuple[str, str | None]:
    """A milestone's date, printed with its year (a bullet's date needs one to be read as a date)."""
    while True:
        printed, truth = tv._date(rng)
        if re.search(r"\b20\d\d\b", printed) and truth and " to " not in printed:
            return printed, truth


def _start(rng: random.Random) -> tuple[str, str]:
    start = tv.MEETING.replace(day=1) + tv.dt.timedelta(days=rng.randint(0, 200))
    if rng.random() < 0.5:
        return start.strftime("%d/%m/%Y"), start.isoformat()
    return f"{start:%B %Y}", start.replace(day=1).isoformat()


def _blocks(variant: BlockVariant, rng: random.Random) -> list[dict[str, Any]]:
    """Each block: what it prints (values by particular, milestones) and its truth rows."""
    blocks = []
    themes = rng.sample(tv.THEMES, 3)
    count = rng.randint(4, 9)
    used: set[str] = set()
    for index in range(count):
        action = tv._action_text(rng)
        while action in used:
            action = tv._action_text(rng)
        used.add(action)
        theme = themes[index * 3 // count] if variant.themes else None
        printed_owner, named_lead, lead_org = tv._owner(rng)
        values: dict[str, str] = {"lead": printed_owner.replace("\n", ", ")}
        truth: dict[str, Any] = {
            "theme": theme, "action": action, "named_lead": named_lead, "lead_org": lead_org,
            "start_date": None, "end_date": None, "status": None, "rag": None,
        }  # fmt: skip
        if "end" in variant.particulars:
            values["end"], truth["end_date"] = tv._date(rng)
        if "start_end" not in variant.particulars:
            del truth["start_date"]  # scored only where a start is printed ('Jan 24 - Mar 24' has one of its own)
        else:
            values["start"], truth["start_date"] = _start(rng)
            values["end_date"], truth["end_date"] = _milestone_date(rng)
        if "status" in variant.particulars:
            values["status"], truth["status"] = rng.choice(tv.STATUS_WORDS)
        if "rag" in variant.particulars:
            values["rag"], truth["rag"] = rng.choice(tv.RAG_WORDS)
            if variant.rag_note and len(values["rag"]) > 1:
                values["rag"] += f" – {RAG_NOTES[truth['rag']]}"
        if "progress" in variant.particulars:
            values["progress"] = rng.choice(PROGRESS_NOTES)
        if "measure" in variant.particulars:
            values["measure"] = rng.choice(MEASURES)
        if "resources" in variant.particulars:
            values["resources"] = rng.choice(RESOURCES)
        steps: list[tuple[str, str | None]] = []
        rows = [truth]
        if variant.milestones != "none":
            for step in rng.sample(STEPS, rng.randint(2, 3)):
                steps.append((step, *_milestone_date(rng)) if variant.milestones == "dated" else (step, None, None))
        if variant.milestones == "dated":
            # a commitment's dated milestones are its rows, the commitment's title their theme (README, stop 23)
            rows = [
                {**truth, "theme": action, "action": step, "start_date": None, "end_date": iso, "status": None,
                 "rag": None}
                for step, _, iso in steps
            ]  # fmt: skip
        blocks.append({"action": action, "theme": theme, "values": values, "steps": steps, "rows": rows})
    return blocks


def _label(variant: BlockVariant, name: str) -> str:
    label = variant.labels[name] + ":"
    return f"<b>{label}</b>" if variant.bold_labels else label


def _pairs(variant: BlockVariant, block: dict[str, Any]) -> list[tuple[str, str]]:
    order = ["lead", "end", "start", "end_date", "status", "rag", "progress", "measure", "resources"]
    pairs = [(name, block["values"][name]) for name in order if name in block["values"]]
    return [("action", block["action"]), *pairs] if variant.head == "box_row" else pairs


def _bold(variant: BlockVariant, text: str) -> str:
    return f"<b>{text}</b>" if variant.head_bold else text


def _head(variant: BlockVariant, block: dict[str, Any], number: int, styles: dict[str, ParagraphStyle]) -> list[Any]:
    action = block["action"]
    if variant.head == "action_n":
        return [Paragraph(_bold(variant, f"Action {number}: {action}"), styles["body"])]
    if variant.head == "dotted":
        return [Paragraph(f"<b>{block['group']}.{number} {action}</b>", styles["body"])]
    if variant.head == "commitment":
        return [Paragraph(_bold(variant, f"Commitment {number} – {action}"), styles["body"])]
    if variant.head == "action_dash":
        return [Paragraph(_bold(variant, f"Action {block['group']}.{number} – {action}"), styles["body"])]
    if variant.head == "plain_dotted":
        return [Paragraph(f"{block['group']}.{number} {action}", styles["body"])]
    if variant.head == "labelled":
        short = SHORT_TITLES[number % len(SHORT_TITLES)]
        return [Paragraph(f"<b>{number}. {short}</b>", styles["body"]), Paragraph(f"Action: {action}", styles["body"])]
    return []  # shaded: the action is the box's first line; box_row: the box's first row


def _particular_flowables(
    variant: BlockVariant, block: dict[str, Any], styles: dict[str, ParagraphStyle], width: float
) -> list[Any]:
    body = styles["body"]
    pairs = _pairs(variant, block)
    out: list[Any] = []
    if variant.layout == "box":
        data = [
            [Paragraph(_label(variant, name).replace(":", ""), body), Paragraph(value, body)] for name, value in pairs
        ]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if variant.ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        out.append(Table(data, colWidths=[width * 0.3, width * 0.7], style=TableStyle(style), hAlign="LEFT"))
    elif variant.layout == "oneline":
        count = 3 if variant.three_on_line else 2
        # as a writer sets them: several on a line only while they fit on it, not wrapped
        while count > 1 and sum(len(variant.labels[n]) + len(v) + 8 for n, v in pairs[:count]) > 85:
            count -= 1
        first, rest = pairs[:count], pairs[count:]
        out.append(
            Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(f"{_label(variant, n)} {v}" for n, v in first), body)
        )
        out += [Paragraph(f"{_label(variant, n)} {v}", body) for n, v in rest]
    elif variant.layout == "under":
        for name, value in pairs:
            out += [Paragraph(_label(variant, name), body), Paragraph(value, body)]
    else:
        out += [Paragraph(f"{_label(variant, name)} {value}", body) for name, value in pairs]
    if block["steps"]:
        out.append(Paragraph(_label(variant, "milestones"), body))
        for step, printed, _ in block["steps"]:
            if printed and variant.date_first:
                out.append(Paragraph(f"• {printed} – {step}", body))
            else:
                out.append(Paragraph(f"• {step} – {printed}" if printed else f"• {step}", body))
    return out


def _shaded(variant: BlockVariant, block: dict[str, Any], styles: dict[str, ParagraphStyle], width: float) -> Any:
    """The action as the first line of a shaded box, its particulars under it inside the box."""
    inner = [Paragraph(f"<b>{block['action']}</b>", styles["body"])]
    inner += _particular_flowables(variant, block, styles, width - 12)
    return Table(
        [[item] for item in inner],
        colWidths=[width],
        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEAF6"))]),
        hAlign="LEFT",
    )


def _page_marks(variant: BlockVariant) -> Any:
    def marks(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        if variant.page_numbers:
            canvas.drawCentredString(A4[0] / 2, 20, f"Page {doc.page}")
        if variant.running_head:
            canvas.drawString(40, A4[1] - 25, "Corporate Improvement Action Plan – progress update")

    return marks


def generate(seed: int) -> tuple[bytes, BlockVariant]:
    variant = draw(seed)
    rng = random.Random(seed * 7919 + 3)
    blocks = _blocks(variant, rng)
    variant.truth = [row for block in blocks for row in block["rows"]]
    size = rng.choice([9, 10, 11])
    styles = {
        "body": ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.25),
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19),
        "theme": ParagraphStyle("theme", fontName="Helvetica-Bold", fontSize=size + 2, leading=(size + 2) * 1.3),
    }
    width = A4[0] - 80
    story: list[Any] = [
        Paragraph("Corporate Improvement Action Plan", styles["title"]),
        Paragraph(f"Progress to the meeting of {tv.MEETING.day} {tv.MEETING:%B %Y}", styles["body"]),
        Spacer(1, 8),
    ]
    if variant.in_report:
        story += [Paragraph(REPORT, styles["body"]), Spacer(1, 6)] * 2
    last_theme, group, number = None, 0, 0
    for block in blocks:
        if variant.themes and block["theme"] != last_theme:
            story += [Spacer(1, 6), Paragraph(block["theme"], styles["theme"]), Spacer(1, 4)]
            last_theme, group = block["theme"], group + 1
            number = 0 if variant.head in ("dotted", "action_dash", "plain_dotted") else number
        number += 1
        block["group"] = group or 1
        story += _head(variant, block, number, styles)
        if variant.head == "shaded":
            story.append(_shaded(variant, block, styles, width))
        else:
            story += _particular_flowables(variant, block, styles, width)
        story.append(Spacer(1, 10))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    marks = _page_marks(variant)
    doc.build(story, onFirstPage=marks, onLaterPages=marks)
    return buffer.getvalue(), variant


def extract_rows(pdf: bytes) -> list[dict[str, Any]]:
    """The action-plan rows the real stages give for the PDF (tables, then blocks), as gold-shaped dicts."""
    from agendaparse import extract, segment
    from agendaparse.pdf import read_document

    with pdf_file(pdf) as path:
        read = read_document(path)
        layouts = read.pages
        facts = segment.document_facts(layouts)
        found = extract._tables(read.data or str(path), layouts, "doc", None, [])
        rows = extract._plan_rows(layouts, found, [], facts, "doc")
    return [tv.gold_shaped(row) for row in rows]


def classes(variant: BlockVariant) -> list[str]:
    status = next((name for name in ("status", "rag") if name in variant.particulars), "none")
    dates = "start_end" if "start_end" in variant.particulars else "end"
    return [
        f"head={variant.head}",
        f"layout={variant.layout}{'+ruled' if variant.layout == 'box' and variant.ruled else ''}",
        f"bold_labels={variant.bold_labels}",
        f"lead_label={variant.labels['lead']}",
        f"end_label={variant.labels['end'] if dates == 'end' else 'Start/End'}",
        f"status={status}",
        f"progress={'progress' in variant.particulars}",
        f"milestones={variant.milestones}",
        f"themes={variant.themes}",
        f"in_report={variant.in_report}",
        f"page_numbers={variant.page_numbers}",
        f"head_bold={variant.head_bold}",
        f"three_on_line={variant.three_on_line}",
        f"running_head={variant.running_head}",
        f"rag_note={variant.rag_note}",
        f"date_first={variant.date_first}",
        f"status_label={variant.labels['status'] if status == 'status' else variant.labels['rag']}",
        f"progress_label={variant.labels['progress']}",
    ]


def main(seeds: range, verbose: bool = False) -> None:  # pragma: no cover - a report for people
    total: Counter = Counter()
    by_class: dict[str, Counter] = {}
    for seed in seeds:
        pdf, variant = generate(seed)
        predicted = extract_rows(pdf)
        counts = tv.score(variant.truth, predicted)
        total += counts
        for key in classes(variant):
            by_class.setdefault(key, Counter()).update(counts)
        if verbose:
            worst = {k: round(v) for k, v in tv.summary(counts).items() if v < 100}
            if worst:
                print(seed, variant.head, variant.layout, variant.milestones, worst)
                for bad in tv.failures(variant.truth, predicted)[:4]:
                    print("     ", bad)
    print("ALL", {k: round(v, 1) for k, v in tv.summary(total).items()})
    for key in sorted(by_class):
        print(f"{key:28}", {k: round(v, 1) for k, v in tv.summary(by_class[key]).items()})


if __name__ == "__main__":  # pragma: no cover
    if "PYTHONPATH" not in os.environ:  # a PYTHONPATH given (another copy of src, to compare) wins
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    main(range(*numbers) if len(numbers) == 2 else range(numbers[0] if numbers else 50), verbose="-v" in sys.argv)
