"""Generate realistic ModernGov-style sample committee papers, with their ground truth.

Used by `make demo` when ../shared/corpus/real is absent, by tests (known truth), and by
benchmarks (a pack of any length). Deterministic for a given seed.

    python corpus/generate.py --out corpus/sample            # two packs and two sets of minutes
    python corpus/generate.py --out /tmp/big --pack-pages 2000 --count 1

Each PDF gets a `<name>.truth.json` beside it in the extraction contract's shape.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

COUNCILS = ["Kingsbridge Borough Council", "Ashford Vale District Council", "Northmoor County Council"]
COMMITTEES = ["Community Safety Partnership", "Cabinet", "Overview and Scrutiny Committee", "Audit Committee"]
PEOPLE = [
    "Penny Pyke",
    "Chris Stannett",
    "Paul Travis",
    "Amira Khan",
    "Gareth Owens",
    "Helen Laing",
    "Tim Barfoot",
    "Sarah Whitcombe",
    "Joel Cook",
    "Nadia Brennan",
    "Oliver Price",
    "Ruth Ellison",
]
ORGS = ["Metropolitan Police Service", "London Fire Brigade", "Probation Service", "NHS Kingsbridge", "Youth Service"]
THEMES = ["Reducing knife crime", "Violence against women and girls", "Anti-social behaviour", "Reoffending"]
REPORT_TITLES = [
    "Community Safety Strategy Action Plan",
    "Performance Report Quarter 2",
    "Budget Monitoring Report",
    "Knife Crime Reduction Update",
    "Annual Governance Statement",
    "Domestic Abuse Review",
]
SENTENCES = [
    "The partnership continues to monitor progress against the priorities agreed last year.",
    "Officers have worked closely with partners to deliver the actions set out in the plan.",
    "Members are asked to note the contents of this report and the progress made.",
    "Knife crime offences fell by 12 per cent compared with the same quarter last year.",
    "Funding for the youth diversion programme has been confirmed until March 2026.",
    "The service will report back to the committee on the outcome of the consultation.",
    "Residents raised concerns about anti-social behaviour around the town centre.",
]
WIDTH, HEIGHT = A4


@dataclass
class Truth:
    document: dict
    agenda_items: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    action_plan_rows: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    page_labels: dict[int, str | None] = field(default_factory=dict)
    page_items: dict[int, str | None] = field(default_factory=dict)
    filler_pages: list[int] = field(default_factory=list)


class Pack:
    """Writes pages in order, stamping 'Page N' on every page after the frontsheet."""

    def __init__(self, path: Path, truth: Truth):
        self.canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
        self.truth = truth
        self.physical = 0
        self.printed = 0
        self.item: str | None = None

    def new_page(self, *, stamped: bool = True, item_stamp: str | None = None, size=A4) -> None:
        if self.physical:
            self.canvas.showPage()
        self.canvas.setPageSize(size)
        self.physical += 1
        label = None
        if stamped:
            self.printed += 1
            label = str(self.printed)
            self.canvas.setFont("Helvetica", 9)
            self.canvas.drawCentredString(size[0] / 2, 12 * mm, f"Page {self.printed}")
        if item_stamp:
            self.canvas.setFont("Helvetica-Bold", 11)
            self.canvas.drawRightString(size[0] - 15 * mm, size[1] - 12 * mm, f"Agenda Item {item_stamp}")
        self.truth.page_labels[self.physical] = label
        self.truth.page_items[self.physical] = self.item

    def text(self, x: float, y: float, line: str, font: str = "Helvetica", size: int = 11) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, y, line)

    def paragraphs(self, lines: list[str], top: float = HEIGHT - 30 * mm) -> None:
        y = top
        for line in lines:
            if y < 25 * mm:
                break
            self.text(20 * mm, y, line)
            y -= 6 * mm

    def filler(self) -> None:
        self.new_page()
        self.text(WIDTH / 2 - 60 * mm, HEIGHT / 2, "This page is intentionally left blank", size=12)
        self.truth.filler_pages.append(self.physical)

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def _meeting(rng: random.Random) -> tuple[str, str, dt.date]:
    date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 1400))
    while date.weekday() != 3:  # committees meet on Thursdays here
        date += dt.timedelta(days=1)
    return rng.choice(COUNCILS), rng.choice(COMMITTEES), date


def _long_date(date: dt.date) -> str:
    return date.strftime("%A, ") + f"{date.day} " + date.strftime("%B %Y")


def write_pack(path: Path, rng: random.Random, target_pages: int) -> Truth:
    """An agenda pack: frontsheet, reports with a cover table, an action plan, fillers."""
    body, committee, date = _meeting(rng)
    members = rng.sample(PEOPLE, 6)
    truth = Truth(
        document={
            "body": body,
            "committee": committee,
            "meeting_date": date.isoformat(),
            "doc_type": "agenda_pack",
            "title": f"{committee} agenda",
        },
        people=sorted(members),
    )
    fixed = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"]
    n_reports = max(3, min(40, target_pages // 12))
    reports = [rng.choice(REPORT_TITLES) + (f" ({i + 1})" if i >= len(REPORT_TITLES) else "") for i in range(n_reports)]
    budget = max(target_pages - 2, n_reports * 3)
    lengths = [max(2, budget // n_reports + rng.randint(-1, 1)) for _ in reports]
    lengths[0] = max(lengths[0], 5)  # the first report carries the two-page landscape action plan

    # Printed ranges are known before the papers are drawn: each report is length pages (+1 filler if odd).
    items = [{"number": str(i + 1), "title": title, "printed_pages": None} for i, title in enumerate(fixed)]
    printed = 1
    for index, (title, length) in enumerate(zip(reports, lengths, strict=True)):
        span = length + (length % 2)
        items.append(
            {"number": str(len(fixed) + index + 1), "title": title, "printed_pages": f"{printed}-{printed + span - 1}"}
        )
        printed += span
    truth.agenda_items = items

    pack = Pack(path, truth)
    _frontsheet(pack, body, committee, date, members, items)
    for item, length in zip(items[len(fixed) :], lengths, strict=True):
        pack.item = item["number"]
        _report(pack, rng, item, length, date, with_action_plan=item is items[len(fixed)])
        if length % 2:
            pack.filler()
    pack.save()
    return truth


def _frontsheet(pack: Pack, body, committee, date, members, items) -> None:
    for page_index in range(2):
        pack.new_page(stamped=False)
        if page_index == 0:
            pack.text(20 * mm, HEIGHT - 25 * mm, body.upper(), "Helvetica-Bold", 14)
            pack.text(20 * mm, HEIGHT - 35 * mm, "AGENDA", "Helvetica-Bold", 14)
            pack.text(20 * mm, HEIGHT - 45 * mm, committee.upper(), "Helvetica-Bold", 13)
            pack.text(20 * mm, HEIGHT - 55 * mm, f"{_long_date(date)}, at 7.00 pm")
            pack.text(20 * mm, HEIGHT - 61 * mm, "Council Chamber, Civic Centre")
            pack.text(
                20 * mm,
                HEIGHT - 71 * mm,
                f"Membership: Councillor {members[0]} (Chair), Councillor {members[1]} (Vice-Chair),",
            )
            pack.text(20 * mm, HEIGHT - 77 * mm, ", ".join(f"Councillor {m}" for m in members[2:]))
            pack.text(
                20 * mm,
                HEIGHT - 87 * mm,
                f"Contact officer: {members[-1]}, {members[-1].lower().replace(' ', '.')}@example.gov.uk",
            )
            pack.text(20 * mm, HEIGHT - 99 * mm, "UNRESTRICTED ITEMS", "Helvetica-Bold", 11)
            y = HEIGHT - 109 * mm
            for item in items:
                if y < 30 * mm:
                    pack.new_page(stamped=False)
                    y = HEIGHT - 30 * mm
                pages = f" (Pages {item['printed_pages'].replace('-', ' - ')})" if item["printed_pages"] else ""
                pack.text(20 * mm, y, f"{item['number']}.")
                pack.text(32 * mm, y, f"{item['title']}{pages}")
                y -= 8 * mm
            pack.text(20 * mm, y - 4 * mm, "EXEMPT ITEMS", "Helvetica-Bold", 11)
            pack.text(20 * mm, y - 10 * mm, "(There are no exempt items on this agenda.)")
            return


def _report(pack: Pack, rng: random.Random, item: dict, length: int, date: dt.date, with_action_plan: bool) -> None:
    author = rng.choice(PEOPLE)
    lead = rng.choice(PEOPLE)
    pack.new_page(item_stamp=item["number"])
    styles = getSampleStyleSheet()
    cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=9, leading=11)
    cover = [
        ["Subject Heading:", item["title"]],
        ["SLT Lead:", f"{lead}, Director of Community Safety"],
        ["Report Author and contact details:", f"{author}, {author.lower().replace(' ', '.')}@example.gov.uk"],
        ["Policy context:", "Community Safety Strategy 2022-2026"],
        ["Financial summary:", "There are no direct financial implications."],
        ["Key decision:", "No"],
    ]
    table = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in cover], colWidths=[55 * mm, 110 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    _, height = table.wrapOn(pack.canvas, WIDTH, HEIGHT)
    table.drawOn(pack.canvas, 20 * mm, HEIGHT - 25 * mm - height)
    pack.paragraphs([rng.choice(SENTENCES) for _ in range(12)], top=HEIGHT - 35 * mm - height)
    pages_left = length - 1
    if with_action_plan:
        _action_plan(pack, rng, date)
        pages_left -= 2
    for _ in range(pages_left):
        pack.new_page()
        pack.paragraphs([rng.choice(SENTENCES) for _ in range(30)])


def _action_plan(pack: Pack, rng: random.Random, date: dt.date) -> None:
    header = [
        "Theme",
        "Action No",
        "Actions",
        "Outcomes",
        "Named CSP Lead",
        "Lead organisation",
        "Start date",
        "End date",
        "RAG status",
    ]
    rows = []
    for number in range(1, 17):
        theme = THEMES[(number - 1) // 4]
        start = date + dt.timedelta(days=30 * rng.randint(0, 3))
        end = start + dt.timedelta(days=30 * rng.randint(3, 12))
        rows.append(
            [
                theme,
                f"{(number - 1) // 4 + 1}.{(number - 1) % 4 + 1}",
                f"Deliver {rng.choice(['workshops', 'patrols', 'training', 'campaigns'])} in {number} wards",
                "Fewer offences reported",
                rng.choice(PEOPLE),
                rng.choice(ORGS),
                start.strftime("%d/%m/%Y"),
                end.strftime("%d/%m/%Y"),
                rng.choice(["Red", "Amber", "Green"]),
            ]
        )
    styles = getSampleStyleSheet()
    cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=8, leading=9.5)
    widths = [38, 16, 52, 40, 30, 36, 20, 20, 18]
    for page_rows in (rows[:8], rows[8:]):
        pack.new_page(size=landscape(A4))
        data = [[Paragraph(c, cell) for c in header]] + [[Paragraph(c, cell) for c in row] for row in page_rows]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
            )
        )
        _, height = table.wrapOn(pack.canvas, *landscape(A4))
        table.drawOn(pack.canvas, 12 * mm, landscape(A4)[1] - 20 * mm - height)
    first_page = pack.physical - 1
    pack.truth.tables.append(
        {"title": None, "page_start": first_page, "page_end": pack.physical, "header": header, "rows": rows}
    )
    for row in rows:
        start = dt.datetime.strptime(row[6], "%d/%m/%Y").date()
        end = dt.datetime.strptime(row[7], "%d/%m/%Y").date()
        pack.truth.action_plan_rows.append(
            {
                "theme": row[0],
                "action_no": row[1],
                "action": row[2],
                "outcome": row[3],
                "named_lead": row[4],
                "lead_org": row[5],
                "start_date": start.isoformat(),
                "end_date": end.isoformat(),
                "rag": row[8],
            }
        )


def write_minutes(path: Path, rng: random.Random) -> Truth:
    """Minutes with numbered items, RESOLVED blocks and ACTION lines."""
    body, committee, date = _meeting(rng)
    people = rng.sample(PEOPLE, 7)
    next_meeting = date + dt.timedelta(days=56)
    truth = Truth(
        document={
            "body": body,
            "committee": committee,
            "meeting_date": date.isoformat(),
            "doc_type": "minutes",
            "title": f"{committee} minutes",
        },
        people=sorted(people),
    )
    pack = Pack(path, truth)
    pack.new_page(stamped=False)
    lines = [
        (body.upper(), "Helvetica-Bold"),
        (committee.upper(), "Helvetica-Bold"),
        (f"MINUTES of a meeting of the {committee} held in the Council Chamber on {_long_date(date)}.", "Helvetica"),
        (f"PRESENT: Councillor {people[0]} (Chair), Councillor {people[1]}, Councillor {people[2]}", "Helvetica"),
        (f"IN ATTENDANCE: {people[3]} (Director of Public Health), {people[4]} (Borough Commander)", "Helvetica"),
    ]
    y = HEIGHT - 25 * mm
    for text, font in lines:
        pack.text(20 * mm, y, text, font, 10)
        y -= 7 * mm
    titles = [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
        "Knife Crime Reduction Update",
        "Performance Report",
        "Any Other Business",
    ]
    first_number = rng.randint(20, 90)
    for offset, title in enumerate(titles):
        number = str(first_number + offset)
        truth.agenda_items.append({"number": number, "title": title, "printed_pages": None})
        if y < 70 * mm:
            pack.new_page(stamped=False)
            y = HEIGHT - 25 * mm
        pack.text(20 * mm, y, f"{number}.", "Helvetica-Bold", 10)
        pack.text(32 * mm, y, title, "Helvetica-Bold", 10)
        y -= 7 * mm
        pack.text(32 * mm, y, rng.choice(SENTENCES), "Helvetica", 10)
        y -= 7 * mm
        if offset == 2:
            text = "the minutes of the previous meeting be agreed as a correct record"
            pack.text(32 * mm, y, f"RESOLVED that {text}.", "Helvetica", 10)
            truth.actions.append(
                {
                    "text": text,
                    "owners": [],
                    "due": None,
                    "due_text": None,
                    "kind": "resolution",
                    "tier": "core",
                    "page": pack.physical,
                    "item": number,
                }
            )
            y -= 7 * mm
        if offset in (3, 4):
            owner = people[3 + offset - 3]
            task = (
                "report knife crime figures for each ward"  # the item's own subject: what users search for
                if title == "Knife Crime Reduction Update"
                else rng.choice(
                    [
                        "circulate the updated action plan",
                        "set up meeting dates for the rest of the year",
                        "contact the Youth Service about funding",
                    ]
                )
            )
            pack.text(32 * mm, y, f"ACTION: {owner} to {task} by the next meeting.", "Helvetica", 10)
            truth.actions.append(
                {
                    "text": f"{owner} to {task} by the next meeting.",
                    "owners": [owner],
                    "due": next_meeting.isoformat(),
                    "due_text": "by the next meeting",
                    "kind": "action",
                    "tier": "core",
                    "page": pack.physical,
                    "item": number,
                }
            )
            y -= 7 * mm
    pack.text(20 * mm, y - 5 * mm, f"The next meeting was scheduled for {_long_date(next_meeting)}.", "Helvetica", 10)
    pack.save()
    return truth


def write_truth(pdf: Path, truth: Truth) -> None:
    data = truth.__dict__ | {"source": {"path": pdf.name}}
    pdf.with_suffix(".truth.json").write_text(json.dumps(data, indent=2, default=str))


def generate(out: Path, *, count: int = 2, pack_pages: int = 60, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for index in range(count):
        pack = out / f"sample_pack_{index + 1}.pdf"
        write_truth(pack, write_pack(pack, rng, pack_pages))
        minutes = out / f"sample_minutes_{index + 1}.pdf"
        write_truth(minutes, write_minutes(minutes, rng))
        written += [pack, minutes]
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("corpus/sample"))
    parser.add_argument("--count", type=int, default=2, help="packs (and minutes) to write")
    parser.add_argument("--pack-pages", type=int, default=60, help="about how many pages per pack")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for path in generate(args.out, count=args.count, pack_pages=args.pack_pages, seed=args.seed):
        print(path)


if __name__ == "__main__":
    main()
