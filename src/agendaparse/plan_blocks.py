"""Action plans printed as one block per commitment or action, not as a grid.

National action plans (the Open Government Partnership template: 'Commitment 3: ...', 'Lead
department', 'Other actors involved', 'Start date' / 'End date', 'Milestones'), council improvement
and inspection plans ('Action: ... / Lead: ... / Timescale: ... / Measure: ...'), two-column
label | value boxes, and numbered commitments with 'Lead:' and 'By:' lines under them are read
from the page lines into :class:`ActionPlanRow` records (method ``rule:action-plan-blocks``).

A block counts only when it names an action and at least two of its particulars (a lead, a start,
an end, a status, a measure, a progress note, supporting bodies), and a document only when it
holds two or more such blocks; minutes are not read (their 'Action:' lines are the action
finder's). Rows read from these blocks have ``table = None``: they belong to no table.

A commitment's dated milestones are rows of their own (corpus/gold/README.md, stop 23): the dated bullets under
its 'Milestones:' label (``+milestone-bullets``) and the rows of a 'Milestone | Start | End' table printed under
its block (``+milestones-table``; :func:`mark_commitment_milestones` marks that table when the tables are found,
so that the table reader leaves its rows to this one; a 'Phase | Start date | End date | Status' table is one too).
Each carries the commitment's title as its theme and the commitment's lead (a lead of its own in the table wins),
and the status its table prints; the commitment is a row only when it has none. A commitment may be named in a
box's label ('Number and name of commitment | Commitment 6: ...'), and a label may carry a note before its colon
('Lead Agency (Office, Department, etc.): ...').
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import tables
from .dates import UK_YEAR_END, YearEnd
from .models import ActionPlanRow, Provenance, Table
from .pdf import Line, PageLayout
from .tables.headers import MILESTONE_RE, key_value_grid

METHOD = "rule:action-plan-blocks"
MILESTONES_TABLE = tables.COMMITMENT_MILESTONES  # the mark of a milestones table read here, not by the table reader

# the label of a particular, the kind of field it gives; sections whose text is no field come first
# so that 'Status quo or problem addressed' is not read as a status
LABELS: list[tuple[str, str]] = [
    # the OGP template's box names its commitment in a label ('Number and name of commitment | Commitment 6: ...')
    (r"(?:number and )?name of (?:the )?commitment|commitment (?:number and )?(?:name|title)", "head"),
    (
        r"status quo(?: or problem addressed)?|(?:the )?problem addressed|what is the (?:public )?problem.*"
        r"|main objective|brief description(?: of (?:the )?commitment)?|relevance|ambition|(?:key )?milestones?"
        r"|next steps|when this will happen|evidence(?: of (?:completion|progress|impact))?|rationale"
        r"|ogp (?:challenge|values?)"
        r"|additional information|contact(?: details)?|risks?|resources?(?: required)?|budget|verifiable.*"
        r"|why is this commitment relevant.*|how will the commitment.*|background|context"
        r"|deliverables?|(?:key )?indicators?|objectives?",
        "skip",
    ),
    (
        r"(?:lead (?:responsibility|institution|ministry|ministries)"
        r"|(?:responsible|implementing|lead implementing|executing) (?:agency|agencies|institutions?|ministry"
        r"|ministries|bod(?:y|ies)|departments?|organi[sz]ations?|units?)"
        r"|lead (?:implementing )?(?:department|agency|organi[sz]ation|body|directorate|service|partner|mda)s?"
        r"|lead (?:officer|member|director|responsible|minister|cabinet member)"
        r"|responsible (?:officer|department|body|lead|organi[sz]ation|minister|mdas?)"
        r"|(?:action )?owner|lead|accountable (?:officer|director)|lead(?:s)? for delivery|led by"
        r"|who will lead|by whom|who|responsible)"
        r"(?:\s*/\s*(?:actor|partner|body|organi[sz]ation)s?)?",  # 'Lead implementing agency/actor'
        "lead",
    ),
    (
        r"other (?:actors|stakeholders|organi[sz]ations|partners|agencies|bodies) involved"
        r"|(?:state|government|non-government|civil society|cso) actors involved|supporting (?:organi[sz]ations"
        r"|partners|agencies|bodies|mdas?)|partners(?: involved)?|support(?:ed by|ing)?",
        "supporting",
    ),
    (r"(?:commitment )?start and end dates?|(?:implementation )?period|duration", "range"),
    (r"start(?:ing)? date|start", "start"),
    # 'Revised deadline: 30 September 2025' under 'Deadline: 30 June 2025': the date in force (corpus/gold/README.md,
    # stop 29; as a revision column in a table, tables/plan_rows.py); 'New', 'Amended', 'Rescheduled', 'Extended' and
    # 'Updated' likewise
    (
        r"(?:revised|amended|new|rescheduled|extended|updated) (?:deadline|(?:target |due |end |completion )?date"
        r"|timescale)",
        "revised",
    ),
    (
        r"end date|completion date|target (?:completion |delivery )?date|delivery date|due date|deadline|timescales?"
        r"|by when|target date"
        r"|timelines?|time ?frames?|timing|end|finish"
        r"|due|by|when",
        "end",
    ),
    (r"status|rag(?: status| rating)?|completion level|progress rating|current status", "status"),
    (r"(?:our )?progress(?: to date| update| so far)?|update|commentary|position", "progress"),
    (
        r"measures? of success|success (?:measures?|criteria)|measures?|(?:expected )?outcomes?|expected results?"
        r"|performance (?:measure|indicator)s?|kpis?",
        "outcome",
    ),
    (r"actions?|key actions?|what we will do|commitment(?: description)?|recommended action", "action"),
    (r"theme", "theme"),
    (r"where|venue|location", "venue"),
]
LABEL_RE = [(re.compile(rf"(?:{pattern})", re.I), kind) for pattern, kind in LABELS]
# labels that take a colon only ('By: June 2025', 'When: ...'): bare, they are words of a sentence
COLON_ONLY = re.compile(
    r"(?:by|when|due|start|support(?:ed by|ing)?|position|update|partners|period|duration|who|responsible|where"
    r"|timing|objectives?|end|finish)",
    re.I,
)
# 'Commitment 3: Open contracting', 'Action 2.1 - ...', 'Recommendation 4', '3. Publish ...'
HEAD_RE = re.compile(
    r"^(?:(?P<word>Commitment|Action|Recommendation|Improvement action|Objective|Must do|Should do)"
    r"\s+(?P<number>\d+(?:\.\d+)*[a-z]?)"
    r"|(?P<bare>\d{1,2}(?:\.\d{1,2}){0,2})[.)]|(?P<sub>\d{1,2}(?:\.\d{1,2}){1,2})(?=\s)"
    r"|(?P<code>[A-Z]{2,5} \d{1,3})[.:])(?:\s*[:.\-–—]\s*|\s+|$)(?P<title>.*)$"
)
# a row's reference alone in its cell: '1', '2.3', 'A1', 'A1.3', '1a'
REFERENCE_CELL_RE = re.compile(r"[A-Z]{0,3}\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?\.?")
THEME_RE = re.compile(r"^(?:Theme|Priority|Outcome|Ambition|Section|Area)\s+\d+\s*[:.\-–—]\s*\S.*$")
# a document's title, never a theme of its blocks ('… Action Plan', '… Action Progress Report', 'Action Tracker – Q2')
PLAN_TITLE_RE = re.compile(
    r"\b(?:action plan|improvement plan|national action|plan\s+\d{4}|contents"
    r"|(?:progress|monitoring|update|exception|highlight|performance|position) report|action (?:log|tracker)"
    r"|tracker)\b",
    re.I,
)
MAX_TITLE_WORDS = 24
# a day, month and year written out: a heading carrying one names a meeting or a paper ('Community Safety Partnership
# – 10 September 2025'), not a theme of the blocks under it (tables round 48)
WRITTEN_DATE_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\b", re.I
)
# a second particular labelled within a line ('... End date: June 2026', 'Lead: Licensing Team   Support: Public
# Health', 'Lead: Board Business Manager   By when: October 2026'), a colon after it
INLINE_RE = re.compile(
    r"\s(?=(?:end date|end|completion date|target (?:completion |delivery )?date|due date|deadline|timescale|status"
    r"|lead(?: officer)?|(?:action )?owner"
    r"|support(?:ed by|ing)?|by when|when|due|timeframe|progress|start(?: date)?|rag(?: status| rating)?|current status"
    r"|responsible)\s*:)",
    re.I,
)
PARTICULARS = {"lead", "supporting", "range", "start", "end", "revised", "status", "progress", "outcome"}
# particulars written as sentences, which a numbered line may continue; shorter values are not prose
PROSE_PARTICULARS = {"progress", "outcome"}
MIN_RUN_ON_WORDS = 6
# a lead label that names a body: its value is a body unless it is clearly a person
# ('MDA': a ministry, department or agency, as Nigerian state plans name their bodies)
BODY_LABEL_RE = re.compile(
    r"department|agenc|organi[sz]ation|bod(?:y|ies)|institution|ministr|service|directorate|\bmdas?\b", re.I
)
# a note between a label and its colon: 'Lead Agency (Office, Department, etc.): Development Planning Unit'
LABEL_NOTE_RE = re.compile(r"(?!(?<=\s)\s)\s*+\([^()]{1,60}\)")  # spaces from their run's start, whole
MAX_LABEL_WORDS = 7
# a commitment's steps named as phases ('Phase | Start date | End date | Status'): its milestones
PHASE_RE = re.compile(r"phases?", re.I)
MAX_THEME_WORDS = 12
# a milestone bullet ('• Consultation launched – Spring 2014'): a dated step of a commitment, never a row
BULLET_RE = re.compile(r"^[•●▪◦\-–]\s")
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
ONGOING_RE = re.compile(r"ongoing|on-going|continuous", re.I)
# where a milestone's words end and its date begins: 'Publish the tables – March 2014', '...: Q3 2014', '... (Ongoing)'
DATE_SEPARATOR_RE = re.compile(r"\s[–—-]\s|:\s|\s\(|,\s")
MAX_DATE_WORDS = 6
# a bullet opening with its date ('June 2026 – Inventory published'): the first dash or colon after it
OPENING_DATE_SEPARATOR_RE = re.compile(r"\s[–—-]\s|:\s")
MAX_OPENING_DATE_WORDS = 4
MAX_DATE_CHARS = 60
# a heading read as a theme becomes a commitment when a lead follows the short paragraph under it
MAX_HEADING_PROSE_LINES = 6
MAX_BOLD_HEAD_LINES = 3
MAX_PLAIN_TITLE_LINES = 2  # a plain numbered head's title and the line it wraps onto
# blocks with a single particular count when this many numbered blocks carry the same one
MIN_SINGLE_BLOCKS = 3


@dataclass
class Milestone:
    """A bullet under a commitment's 'Milestones:' label, as printed (its wrapped lines joined)."""

    page: int
    text: str


@dataclass
class Block:
    page: int
    theme: str | None
    number: str | None = None
    title: str = ""
    values: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # field -> the label as printed
    page_end: int = 0
    text: str = ""  # the head line as printed
    bold: bool = False  # the head line is set in bold
    worded: bool = False  # the head names its kind: 'Commitment 3', 'Action 2'
    body: str = ""  # the prose between the head and the first particular
    milestones: int = 0  # dated milestone bullets under the block
    size: float = 0.0  # the head line's font size
    top: float = 0.0  # where the head line is printed on its page
    steps: list[Milestone] = field(default_factory=list)  # the bullets under its 'Milestones:' label
    milestone_tables: list[int] = field(default_factory=list)  # indices of the milestones tables under it
    # opened by a particular's label printed again after an item's action ('Lead' under 'Action | Lead |
    # Deadline'): an item of a label grid whose action is printed after its particulars, the next 'Action' its own
    awaiting_action: bool = False


@dataclass
class Heading:
    """The last heading read as a theme, and the prose under it so far."""

    line: Line
    page: int
    theme: str | None  # the theme it replaced
    prose: list[str] = field(default_factory=list)


def label_of(cell: str, *, bare_beside: bool = False) -> tuple[str, str, str] | None:
    """(kind, label, value) where the cell opens with a field label ('Lead: Head of Policy',
    'Lead department' alone or before a column gap); else None. ``bare_beside``: the cell is a line's first, a value
    beside it after a column gap, in an item opened by its action: there a label that takes a colon elsewhere is a
    label bare too ('Due   October 2026' under 'Action   Install two lit signs'), as no sentence sets a gap after
    its first word."""
    for pattern, kind in LABEL_RE:
        match = pattern.match(cell)
        if not match:
            continue
        rest = cell[match.end() :]
        note = LABEL_NOTE_RE.match(rest)
        rest = rest[note.end() :] if note else rest
        colon = re.match(r"\s*[:：]\s*", rest)
        if colon:
            return kind, match.group(0), rest[colon.end() :].strip()
        if not rest.strip(" ?") and (bare_beside or not COLON_ONLY.fullmatch(match.group(0))):
            return kind, match.group(0), ""
    return None


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"\s{3,}", text.strip()) if cell.strip()]


def _lines(layouts: list[PageLayout], found_tables: list[Table]) -> list[tuple[int, Line]]:
    """The body lines of every page in reading order, without those of action-plan tables already read."""
    boxes: dict[int, list[tuple[float, ...]]] = {}
    headers: dict[int, list[tuple[tuple[float, ...], str]]] = {}
    for table in found_tables:
        if (table.kind == "action_plan" and not _label_box(table) or _is_milestones_table(table)) and table.bbox:
            boxes.setdefault(table.page_start, []).append(table.bbox)
        elif table.header and table.bbox is not None and not _label_pair(table.header):
            # a table's header row ('No.   Action details', bold) is no heading of the blocks in its cells; a
            # box's first label and its value ('Lead | Jane Smith') read as a header are a particular
            headers.setdefault(table.page_start, []).append((table.bbox, " ".join(" ".join(table.header).split())))
    out = []
    for layout in layouts:
        if layout.is_filler:
            continue
        for line in layout.body_lines():
            x, y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
            if any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for box in boxes.get(layout.number, [])):
                continue
            if any(
                box[0] <= x <= box[2] and box[1] <= y <= box[3] and " ".join(line.text.split()) == header
                for box, header in headers.get(layout.number, [])
            ):
                continue
            if line.text.strip():
                out.append((layout.number, line))
    return out


def _label_pair(header: list[str]) -> bool:
    """A header of two cells, a particular's or the action's label and a value: a label | value box's first row."""
    cells = [cell.strip() for cell in header if cell.strip()]
    labelled = label_of(cells[0], bare_beside=True) if len(cells) == 2 else None
    return (
        labelled is not None
        and labelled[0] in PARTICULARS | {"action"}
        and not labelled[2]
        and label_of(cells[1]) is None
    )


def _label_box(table: Table) -> bool:
    """One action's label | value box ('Action | Publish ...', 'Lead | ...', 'Timescale | ...'), its first row taken
    for a header: two columns, a label opening every row, the action's among them."""
    if len(table.header) != 2 or not _label_pair(table.header) or not table.rows:
        return False
    firsts = [row[0].strip() if row else "" for row in table.rows]
    if not all(BULLET_RE.match(cell) or _opens_with_label(cell) for cell in firsts):
        return False  # a row opening with no label (nor a milestone's bullet) is a grid's
    kinds = [label_of(cell, bare_beside=True) for cell in firsts]
    named = {kind[0] for kind in kinds if kind} | {label_of(table.header[0].strip(), bare_beside=True)[0]}
    return "action" in named and len(named & PARTICULARS) >= 2


def _opens_with_label(cell: str) -> bool:
    """The cell opens with a field's label as a whole word ('End date Milestones: • ...' read run together)."""
    for pattern, _ in LABEL_RE:
        match = pattern.match(cell)
        if match and (match.end() == len(cell) or not cell[match.end()].isalnum()):
            return True
    return False


def _is_heading(line: Line) -> bool:
    """A short bold line that is no plan title, no date and no sentence: a theme over the blocks below it."""
    text = line.text.strip()
    words = text.split()
    return (
        line.bold
        and 1 <= len(words) <= MAX_THEME_WORDS
        and not text.endswith((".", ",", ";", "?"))  # a question is a form's label (or its wrapped tail)
        and not PLAN_TITLE_RE.search(text)
        and not re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", text)
        and not WRITTEN_DATE_RE.search(text)
    )


def _is_title(line: Line) -> bool:
    """A bold line naming the document's kind ('… Action Plan', '… Action Progress Report'): its title."""
    text = line.text.strip()
    return line.bold and len(text.split()) <= MAX_TITLE_WORDS and bool(PLAN_TITLE_RE.search(text))


def _same_type(above: Line, line: Line) -> bool:
    """The next line of a heading or title wrapped in its own type: bold, the same size, set close under it (a
    heading of its own under the title stands apart by most of a line)."""
    close = line.top - above.bottom < 0.8 * max(line.bottom - line.top, 6)
    return close and line.bold and above.bold and abs(line.size - above.size) < 0.5


def read_blocks(layouts: list[PageLayout], found_tables: list[Table]) -> list[Block]:
    """The blocks of the document, as printed (not yet judged)."""
    blocks: list[Block] = []
    theme: str | None = None
    current: Block | None = None
    last: str | None = None  # the field the lines now being read go on
    previous: Line | None = None
    heading: Heading | None = None
    columns: list[str] | None = None  # the kinds of a 'What we will do | When' list being read
    title: Line | None = None  # the line before, when it was (part of) the document's title
    lines = _lines(layouts, found_tables)
    run_end = 0  # the end of a bold head's lines already read
    for index, (page, line) in enumerate(lines):
        if index < run_end:
            continue
        text = re.sub(r"\s+", " ", line.text).strip()
        cells = _cells(line.text)
        gap = previous is not None and (line.top - previous.bottom) > 1.2 * max(line.bottom - line.top, 6)
        new_page = current is not None and page != current.page_end
        above, previous, above_title, title = previous, line, title, None
        if current is not None and last == "title" and _title_wraps(current, line):
            current.title, current.page_end = f"{current.title} {text}".strip(), page
            continue
        head = HEAD_RE.match(text)
        if head and current is not None and not gap and _runs_on(current, last):
            head = None  # 'Progress: ... agreed at the' over '1.2 meeting of ...': the sentence goes on
        if head and not (
            head["word"]
            or (line.bold and (_number_block_follows(head) or _action_follows(lines, index)))
            or _plain_head(head, lines, index)
        ):
            head = None  # '3. Background' in plain text, '3.1 Transparency': no block of its own
        # in an item opened by its action or head, a bare label before a column gap ('Update   Work began ...')
        beside_ok = len(cells) >= 2 and current is not None and bool("action" in current.values or current.title)
        # a head's title wrapped in its own type ('Commitment 8 – ... system.' / 'Link to the strategy.') goes on
        wraps = current is not None and last == "title" and above is not None and _same_type(above, line)
        run = 0 if head or wraps else _bold_head_run(lines, index)
        if run:
            # the action in bold straight over its particulars ('Publish the guidance' / 'Lead: ...'), as a shaded
            # box's first line: the head of its block, its theme the heading above it
            title_text = " ".join(" ".join(lines[at][1].text.split()) for at in range(index, index + run))
            current = Block(page=page, theme=theme, page_end=lines[index + run - 1][0], text=title_text, bold=True)
            current.title, current.top, current.size = title_text, line.top, line.size
            blocks.append(current)
            run_end, last, heading, columns = index + run, None, None, None
            continue
        if not head and not label_of(cells[0], bare_beside=beside_ok) and _titles(line, above_title):
            # the document's title, or a line of it wrapped: no theme; a heading line just above it was its first line
            if heading is not None and not heading.prose and _same_type(heading.line, line):
                theme = heading.theme
            title, heading = line, None
            continue
        if THEME_RE.match(text) or (not head and _is_heading(line) and not label_of(cells[0], bare_beside=beside_ok)):
            heading = Heading(line=line, page=page, theme=theme)
            theme, current, last, columns = text, None, None, None
            continue
        if columns is not None:
            if len(cells) == len(columns) and not gap:
                current = _column_block(columns, cells, page, theme)
                current.top = line.top
                blocks.append(current)
                continue
            if len(cells) == 1 and current is not None and not gap and not label_of(cells[0]):
                current.values["action"] = f"{current.values['action']} {text}"  # a wrapped action
                continue
            columns = None
        if head:
            heading = None
            number = head["number"] or head["bare"] or head["sub"] or head["code"]
            under = current is not None and not current.values and current.number
            if current is not None and under and number.startswith(f"{current.number}."):
                # '3.2 Citizens' participation' over '3.2.1 ...': the heading of the blocks numbered under it
                blocks.remove(current)
                theme = current.text
            current = Block(
                page=page, theme=theme, number=number, page_end=page, text=text, bold=line.bold, top=line.top
            )
            current.title, current.worded, current.size = head["title"].strip(), bool(head["word"]), line.size
            blocks.append(current)
            last = "title"
            continue
        kinds = _column_kinds(cells)
        if kinds:  # 'What we will do   When': a list of actions and dates follows
            columns, current, last, heading = kinds, None, None, None
            continue
        number = None
        beside = label_of(cells[1]) if len(cells) >= 2 and REFERENCE_CELL_RE.fullmatch(cells[0]) else None
        if beside and beside[0] == "action" and beside[2]:
            # '1   Action: Review the tenancy agreement' / 'Lead: ...': a table's row of a reference and a cell of
            # label lines, its first line beside the reference ('1   Actions' alone is a heading, no block)
            number, cells = cells[0].rstrip("."), cells[1:]
        labelled = label_of(cells[0], bare_beside=len(cells) >= 2 and beside_ok)
        if labelled and len(labelled[1].split()) <= MAX_LABEL_WORDS:
            kind, label, value = labelled
            rest = " ".join(cells[1:])
            value = " ".join(part for part in (value, rest) if part)
            # 'Start date: July 2024 End date: June 2026': a second labelled particular on the line (and a third:
            # 'Lead: HR   By when: June 2024   RAG: Green')
            value, *more = [piece.strip() for piece in INLINE_RE.split(value)]
            cells = [cells[0], *more]
            if kind == "head":
                current, heading, last = _named_block(value, page, theme, line), None, "title"
                blocks.append(current)
                continue
            # a new 'Action:' block; under a worded head ('Commitment 1: ...') a 'Commitment:' label is its own
            if (
                kind == "action"
                and not (current is not None and current.awaiting_action)
                and (current is None or "action" in current.values or current.values and not current.worded)
            ):
                current = Block(page=page, theme=theme, number=number, page_end=page, top=line.top)
                blocks.append(current)
            if current is None and kind == "lead" and heading is not None and heading.prose:
                # a heading, a short paragraph, then 'Lead: Home Office': the heading was a commitment's
                current = _promoted(heading)
                theme = heading.theme
                blocks.append(current)
            heading = None
            if current is None:
                last = None
                continue
            current.page_end = page
            if kind == "theme":
                theme = current.theme = value or current.theme
                last = None
                continue
            if (
                kind in PARTICULARS
                and kind in current.values
                and "action" in current.values
                and not current.worded
                and current.number is None
                and not current.title
            ):
                # 'Action | Lead | Deadline' then 'Lead' again: the next item, its action printed after its particulars
                current = Block(page=page, theme=theme, page_end=page, top=line.top, awaiting_action=True)
                blocks.append(current)
            if kind == "action":
                current.awaiting_action = False
            if kind != "skip" and kind not in current.values:
                current.values[kind] = value
                current.kinds[kind] = label
                last = kind
            elif kind == "skip" and MILESTONE_RE.search(label):
                last = "milestones"  # 'Milestones:': the bullets below are the commitment's steps
            else:
                last = "skip" if kind == "skip" else None
            # 'Start date: July 2024   End date: June 2026' on one line
            for cell in cells[1:]:
                more = label_of(cell)
                if more and more[0] in PARTICULARS and more[0] not in current.values and more[2]:
                    current.values[more[0]] = more[2]
                    current.kinds[more[0]] = more[1]
            continue
        if heading is not None and current is None:
            heading.prose.append(text)
            if len(heading.prose) > MAX_HEADING_PROSE_LINES:
                heading = None
            continue
        if current is not None and last in PARTICULARS and not current.values.get(last) and BULLET_RE.match(text):
            current.values[last] = BULLET_RE.sub("", text).strip()  # 'Lead:' over '• Head of X': its value
            current.page_end = page
            continue
        if current is not None and last not in ("title", "action") and BULLET_RE.match(text):
            current.milestones += bool(YEAR_RE.search(text))  # a dated milestone: not a particular's words
            if last in ("milestones", "step"):
                current.steps.append(Milestone(page, BULLET_RE.sub("", text).strip()))
                current.page_end, last = page, "step"
            else:
                last = "skip"
            continue
        if current is not None and last == "step" and not gap and _milestone_date(current.steps[-1].text) is None:
            current.steps[-1].text = f"{current.steps[-1].text} {text}"  # a bullet wrapped before its date
            current.milestones += bool(YEAR_RE.search(text))
            current.page_end = page
            continue
        if last in ("milestones", "step"):
            last = "skip"
        if current is not None and last in PARTICULARS and gap and current.values.get(last):
            last = None  # a paragraph after the particulars: narrative, not their words
        if current is None or last == "skip" or new_page and last == "title":
            continue
        if last is None:
            if not current.values:
                current.body = f"{current.body} {text}".strip()
            continue
        if last == "title" and (gap or (current.title and current.bold and not line.bold)):
            last = None  # a gap, or plain prose under a bold head: the title has ended
            current.body = text
            continue
        current.page_end = page
        if last == "title":
            current.title = f"{current.title} {text}".strip()
        elif last in current.values:
            current.values[last] = f"{current.values[last]} {text}".strip()
    return blocks


def _titles(line: Line, above_title: Line | None) -> bool:
    """Whether the line is the document's title or the next line of one wrapped over two ('Corporate Improvement
    Action Plan' over 'Progress Report, September 2025'; 'Westmoor District Council' over '… Action Plan 2025')."""
    if THEME_RE.match(line.text.strip()):
        return False
    return _is_title(line) or (above_title is not None and _same_type(above_title, line))


def _named_block(value: str, page: int, theme: str | None, line: Line) -> Block:
    """A commitment named in a box's label ('Number and name of commitment | Commitment 6: Open budgets')."""
    head = HEAD_RE.match(value)
    block = Block(page=page, theme=theme, page_end=page, text=value, top=line.top, worded=True, size=line.size)
    block.number = (head["number"] or head["bare"] or head["sub"] or head["code"]) if head else None
    block.title = head["title"].strip() if head else value
    return block


def _title_wraps(block: Block, line: Line) -> bool:
    """A bold head's title running on in the same type from a lower-case word, on this page or the next."""
    text = line.text.strip()
    return (
        block.bold
        and line.bold
        and abs(line.size - block.size) < 0.5
        and text[:1].islower()
        and len(text.split()) <= MAX_THEME_WORDS
    )


def _runs_on(block: Block, last: str | None) -> bool:
    """A prose particular ('Progress:', 'Outcome:') whose last line stops mid-sentence: the next line is its words."""
    value = block.values.get(last or "", "")
    return last in PROSE_PARTICULARS and len(value.split()) >= MIN_RUN_ON_WORDS and not re.search(r"[.!?;:]$", value)


def _plain_head(head: re.Match[str], lines: list[tuple[int, Line]], index: int) -> bool:
    """'1.1 Work with manufacturers ...' in plain text heads a block when a particular's label follows it
    (a title opening in lower case is a wrapped sentence's words: '1.2 meeting of the group')."""
    if not head["sub"] or not _number_block_follows(head) or index + 1 >= len(lines) or head["title"][:1].islower():
        return False
    # the title may wrap over a line or two before the label ('2.1 Consult ... Costs to be' / 'reported.' / 'Lead:')
    for at in range(index + 1, min(index + 1 + MAX_PLAIN_TITLE_LINES, len(lines))):
        cells = _cells(lines[at][1].text)
        following = label_of(cells[0])
        if following or HEAD_RE.match(" ".join(lines[at][1].text.split())) or lines[at][0] != lines[index][0]:
            return bool(following) and following[0] in PARTICULARS
    return False


def _bold_head_run(lines: list[tuple[int, Line]], index: int) -> int:
    """How many bold lines from ``index`` (one to three, wrapped in one type) stand straight over a particular's
    label ('Lead: ...', 'Responsible:'); 0 when they do not, or when they are a title, a label or a numbered head."""
    first = lines[index][1]
    for count in range(1, MAX_BOLD_HEAD_LINES + 1):
        if index + count > len(lines):
            return 0
        line = lines[index + count - 1][1]
        text = " ".join(line.text.split())
        if not line.bold or label_of(_cells(line.text)[0], bare_beside=True):
            return 0
        if HEAD_RE.match(text) or (count > 1 and not _wraps_under(lines[index + count - 2][1], line)):
            return 0
        if index + count < len(lines):
            under = lines[index + count][1]
            following = label_of(_cells(under.text)[0], bare_beside=True)
            if following and following[0] in PARTICULARS:
                # a title ('Budget Monitoring Report') is set larger than the lines under it; an action is not
                titled = any(PLAN_TITLE_RE.search(lines[at][1].text) for at in range(index, index + count))
                return 0 if titled and first.size > under.size + 0.5 else count
    return 0


def _wraps_under(above: Line, line: Line) -> bool:
    """The next line of a bold run wrapped in its own type, set close under it (a last line of lower-case letters
    alone, 'reported.', is shorter than a line of capitals: the taller line's height judges the gap)."""
    height = max(above.bottom - above.top, line.bottom - line.top, 6)
    return line.bold and abs(line.size - above.size) < 0.5 and line.top - above.bottom < 0.8 * height


def _action_follows(lines: list[tuple[int, Line]], index: int) -> bool:
    """A bold numbered heading ('3. Workforce') whose next line labels the action ('Action: Publish ...'): the head
    of that action's block, however short its title."""
    if index + 1 >= len(lines):
        return False
    following = label_of(_cells(lines[index + 1][1].text)[0])
    return bool(following) and following[0] == "action" and bool(following[2])


def _column_kinds(cells: list[str]) -> list[str] | None:
    """The kinds of a bare header line over a list ('What we will do   When'): an action, then particulars."""
    if len(cells) < 2:
        return None
    kinds = []
    for cell in cells:
        labelled = label_of(cell) or (_bare_timing(cell) and ("end", cell, ""))
        if not labelled or labelled[2]:
            return None
        kinds.append(labelled[0])
    if kinds[0] != "action" or not set(kinds[1:]) <= PARTICULARS:
        return None
    return kinds


def _bare_timing(cell: str) -> bool:
    """'When' or 'By when' as a column header (a colon makes them labels elsewhere)."""
    return bool(re.fullmatch(r"(?:by )?when\??", cell.strip(), re.I))


def _column_block(columns: list[str], cells: list[str], page: int, theme: str | None) -> Block:
    block = Block(page=page, theme=theme, page_end=page)
    for kind, cell in zip(columns, cells, strict=True):
        block.values[kind] = cell
        block.kinds[kind] = kind
    block.worded = True  # the list's header names what each column holds
    return block


# a heading that only numbers what follows ('Priority 2', 'Pledge 3.'): the paragraph under it says what is done
NUMBER_ONLY_HEAD_RE = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+)?)\s+(?P<number>\d{1,2}(?:\.\d{1,2})*[a-z]?)\s*[.:]?")


def _promoted(heading: Heading) -> Block:
    text = re.sub(r"\s+", " ", heading.line.text).strip()
    block = Block(
        page=heading.page,
        theme=heading.theme,
        page_end=heading.page,
        text=text,
        bold=heading.line.bold,
        top=heading.line.top,
    )
    block.title, block.body, block.size = text, " ".join(heading.prose), heading.line.size
    numbered = NUMBER_ONLY_HEAD_RE.fullmatch(text)
    if numbered and block.body:
        # 'Priority 1' over 'Publish a self-neglect protocol …' over 'Lead: …': the paragraph is the action
        block.number, block.title, block.body = numbered["number"], block.body, ""
    return block


def _number_block_follows(head: re.Match[str]) -> bool:
    """A bare '3.' head is a block head only when it carries a title ('3. Publish the ...')."""
    return bool(head["title"].strip()) and len(head["title"].split()) >= 2


def _particulars(block: Block) -> set[str]:
    found = PARTICULARS & {kind for kind, value in block.values.items() if value}
    if block.milestones or block.milestone_tables:
        found.add("milestones")
    return found


def _judged(block: Block) -> bool:
    # 'Who: / When: / Where:' is an event's notice, not an action's particulars
    return bool(_action_of(block)) and _particular_count(block) >= 2 and "venue" not in block.values


def _particular_count(block: Block) -> int:
    """The particulars a block prints: those with a value, and a label left blank ('Timescale:' with nothing after
    it, an action not yet dated) beside one that has a value."""
    found = _particulars(block)
    blank = {kind for kind, value in block.values.items() if kind in PARTICULARS and not value}
    return len(found | blank) if found else 0


def _with_prose_date(block: Block, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END) -> None:
    """'The Department will publish ... by December 2014': the deadline of a block that labels none."""
    if block.body and not ({"end", "range"} & set(block.values)):
        said, _ = tables.deadline_in_text(block.body, reference, year_end=year_end)
        if said and re.match(r"(?:by|before)\b", said, re.I):
            block.values["end"] = re.sub(r"^(?:by|before)\s+", "", said, flags=re.I)
            block.kinds["end"] = "prose"


def _single_particular(blocks: list[Block]) -> list[Block]:
    """Numbered blocks that each carry the same one particular ('Commitment 1 ... Lead: ...' three times)."""
    singles = [block for block in blocks if block.worded and _action_of(block) and len(_particulars(block)) == 1]
    kinds = {next(iter(_particulars(block))) for block in singles}
    return singles if len(singles) >= MIN_SINGLE_BLOCKS and len(kinds) == 1 else []


def _action_of(block: Block) -> str:
    return (block.values.get("action") or block.title).strip(" :;-–")


def _plan_blocks(
    layouts: list[PageLayout], found_tables: list[Table], reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> list[Block]:
    """The blocks that are a plan's commitments or actions (none unless there are two), each with the
    milestones tables printed under it."""
    read = read_blocks(layouts, found_tables)
    _attach_milestone_tables(read, found_tables)
    for block in read:
        _with_prose_date(block, reference, year_end)
    singles = {id(block) for block in _single_particular(read)}
    blocks = [block for block in read if _judged(block) or id(block) in singles]
    return blocks if len(blocks) >= 2 else []


def milestone_fields(table: Table) -> dict[str, int] | None:
    """Field -> column of a table of milestones ('Milestone | Start | End', 'Verifiable milestones | ... | End'):
    the column naming milestones is the action, and a date column is needed; None for any other table."""
    if table.kind == "performance" or not table.header or table.bbox is None:
        return None
    fields = {name: index for index, name in tables.table_fields(table.header, table.rows).items()}
    named = [
        index
        for index, cell in enumerate(table.header)
        if (MILESTONE_RE.search(cell) or PHASE_RE.fullmatch(cell.strip()))
        and (index not in fields.values() or fields.get("action") == index)
    ]
    if not named or not {"start_date", "end_date"} & set(fields):
        return None
    return fields | {"action": named[0]}


def _is_milestones_table(table: Table) -> bool:
    return milestone_fields(table) is not None


def _attach_milestone_tables(blocks: list[Block], found_tables: list[Table]) -> None:
    """Each milestones table to the block printed last before it (on its page or the page before)."""
    for index, table in enumerate(found_tables):
        if not _is_milestones_table(table) or table.bbox is None:
            continue
        where = (table.page_start, table.bbox[1])
        above = [block for block in blocks if (block.page, block.top) < where]
        if above and table.page_start <= above[-1].page_end + 1:
            above[-1].milestone_tables.append(index)


def mark_commitment_milestones(layouts: list[PageLayout], found_tables: list[Table]) -> None:
    """Mark the milestones tables printed under a plan's commitment blocks: their rows are read here, with
    the commitment's title and lead, not by the table reader (extract_document calls it on the tables found); and
    an action's label | value box taken for a plan's table, its labels for actions: its lines are a block's."""
    for table in found_tables:
        if table.kind == "action_plan" and _label_box(table):
            table.provenance.method += MILESTONES_TABLE
    if not any(_is_milestones_table(table) for table in found_tables):
        return
    for block in _plan_blocks(layouts, found_tables, None):
        for index in block.milestone_tables:
            found_tables[index].provenance.method += MILESTONES_TABLE


def plan_block_rows(
    layouts: list[PageLayout],
    document_id: str,
    reference_date: dt.date | None = None,
    found_tables: list[Table] | None = None,
    doc_type: str | None = None,
    *,
    year_end: YearEnd = UK_YEAR_END,
) -> list[ActionPlanRow]:
    """One :class:`ActionPlanRow` per commitment / action block of a plan printed as blocks, or one per dated
    milestone of a commitment that has them; financial years and quarters end in ``year_end`` (the document's)."""
    found = found_tables or []
    # minutes' numbered paragraphs and labelled lines are no plan, but a grid of label runs the tables stage found in
    # them is one ('Action | ...', 'Owner | ...', 'Due | ...' in a forum's notes): its items only
    grids = [table for table in found if table.bbox and not table.header and key_value_grid(table.rows)]
    if doc_type == "minutes" and not grids:
        return []
    blocks = _plan_blocks(layouts, found, reference_date, year_end)
    if doc_type == "minutes":
        blocks = [block for block in blocks if any(_block_in(block, table) for table in grids)]
    rows: list[ActionPlanRow] = []
    for block in blocks:
        marked = [
            index for index in block.milestone_tables if found[index].provenance.method.endswith(MILESTONES_TABLE)
        ]
        steps = [step for step in block.steps if _milestone_date(step.text) is not None]
        if not marked and not steps:
            rows.append(_row(block, len(rows), document_id, reference_date, year_end))
            continue
        for step in steps:
            rows.append(_step_row(block, step, len(rows), document_id, reference_date, year_end))
        for index in marked:
            rows += _table_milestone_rows(block, found[index], index, document_id, reference_date, year_end)
    return rows


def _block_in(block: Block, table: Table) -> bool:
    """The block's head line is printed inside the table's box (a point of slack above)."""
    _, top, _, bottom = table.bbox
    return block.page == table.page_start and top - 2 <= block.top <= bottom


def _milestone_date(text: str) -> tuple[str, str] | None:
    """(the milestone's words, its date as printed) where the bullet ends in a date or 'Ongoing'; else None."""
    for separator in DATE_SEPARATOR_RE.finditer(text):
        if len(text) - separator.end() > MAX_DATE_CHARS:
            continue
        tail = text[separator.end() :].strip(" ()")
        if len(tail.split()) <= MAX_DATE_WORDS and (YEAR_RE.search(tail) or ONGOING_RE.fullmatch(tail)):
            return text[: separator.start()].strip(" ;,"), tail
    opening = _opening_date(text)
    if opening:
        return opening
    if YEAR_RE.search(text):
        said, _ = tables.deadline_in_text(text, None)  # 'Publish the guidance by June 2014'
        if said:
            return text, re.sub(r"^(?:by|before)\s+", "", said, flags=re.I)
    return None


def _opening_date(text: str) -> tuple[str, str] | None:
    """A bullet that opens with its date: 'June 2026 – Inventory published', 'Q2 2026: Consultation launched'."""
    separator = OPENING_DATE_SEPARATOR_RE.search(text)
    if separator is None:
        return None
    head, rest = text[: separator.start()].strip(), text[separator.end() :].strip()
    if len(head.split()) <= MAX_OPENING_DATE_WORDS and YEAR_RE.search(head) and rest and not YEAR_RE.search(rest):
        return rest, head
    return None


def _commitment_particulars(
    block: Block,
    end_text: str | None,
    start_text: str | None,
    reference: dt.date | None,
    lead_text: str = "",
    status_text: str = "",
    year_end: YearEnd = UK_YEAR_END,
) -> tables.PlanParticulars:
    """A milestone's dates (and status, where its table prints one) read with the commitment's lead (or the
    milestone's own, where it prints one)."""
    own_lead = bool(lead_text)
    return tables.plan_particulars(
        end_text,
        start_text,
        reference,
        status_text=status_text,
        lead_text=lead_text or block.values.get("lead", ""),
        lead_is_body=not own_lead and bool(BODY_LABEL_RE.search(block.kinds.get("lead", ""))),
        year_end=year_end,
    )


def _step_row(
    block: Block,
    step: Milestone,
    index: int,
    document_id: str,
    reference: dt.date | None,
    year_end: YearEnd = UK_YEAR_END,
) -> ActionPlanRow:
    action, end_text = _milestone_date(step.text) or (step.text, None)
    read = _commitment_particulars(block, end_text, None, reference, year_end=year_end)
    return _milestone_row(
        block,
        action,
        read,
        (None, index),
        (None, end_text),
        Provenance(document=document_id, page=step.page, method=f"{METHOD}+milestone-bullets"),
    )


def _table_milestone_rows(
    block: Block,
    table: Table,
    table_index: int,
    document_id: str,
    reference: dt.date | None,
    year_end: YearEnd = UK_YEAR_END,
) -> list[ActionPlanRow]:
    fields = milestone_fields(table) or {}
    dated = [fields[name] for name in ("start_date", "end_date") if name in fields]
    month_first = tables.month_first_cells(row[index] for row in table.rows for index in dated if index < len(row))
    revisions = [
        index
        for index, name in enumerate(table.header)
        if index not in fields.values() and tables.is_revision_name(name)
    ]
    rows = []
    for row_index, row in enumerate(table.rows):
        cell = {name: row[index].strip() if index < len(row) else "" for name, index in fields.items()}
        if not cell.get("action") or row_index in table.spanning_rows:
            continue
        end_text, start_text = cell.get("end_date") or None, cell.get("start_date") or None
        moved = _moved_end(row, revisions, reference, year_end)
        original = {table.header[fields["end_date"]]: end_text} if moved and end_text and "end_date" in fields else {}
        end_text = moved or end_text
        lead_text = cell.get("named_lead") or cell.get("lead_org") or ""
        read = _commitment_particulars(
            block,
            tables.day_first(end_text) if month_first else end_text,
            tables.day_first(start_text) if month_first else start_text,
            reference,
            lead_text,
            cell.get("status", ""),
            year_end,
        )
        if cell.get("lead_org") and not cell.get("named_lead"):
            read.named_lead, read.lead_org = None, cell["lead_org"]  # a 'Lead department' column names a body
        method = f"{METHOD}+milestones-table"
        provenance = Provenance(document=document_id, page=table.page_start, page_end=table.page_end, method=method)
        rows.append(
            _milestone_row(block, cell["action"], read, (table_index, row_index), (start_text, end_text), provenance)
        )
        rows[-1].extra |= original  # the original end, beside the date in force
    return rows


def _moved_end(
    row: list[str], revisions: list[int], reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> str | None:
    """A milestone's later end in a revision column ('Revised end date', 'New date'): the date in force
    (corpus/gold/README.md, stop 29); None when the row prints none."""
    for index in revisions:
        text = row[index].strip() if index < len(row) else ""
        if text and tables.deadline(text, reference, year_end=year_end).date is not None:
            return text
    return None


def _milestone_row(
    block: Block,
    action: str,
    read: tables.PlanParticulars,
    where: tuple[int | None, int],
    texts: tuple[str | None, str | None],
    provenance: Provenance,
) -> ActionPlanRow:
    """A milestone as a plan row: its own words and dates, the commitment's title as theme (where: table, row)."""
    (table, row), (start_text, end_text) = where, texts
    return ActionPlanRow(
        table=table,
        row=row,
        theme=_action_of(block),
        action=action,
        named_lead=read.named_lead,
        lead_org=read.lead_org,
        supporting_orgs=block.values.get("supporting") or None,
        start_date=read.start.date,
        end_date=read.end.date,
        start_date_text=start_text,
        end_date_text=end_text,
        start_date_precision=read.start.precision if read.start.date else None,
        end_date_precision=read.end.precision if end_text else None,
        rag=read.rag,
        status=read.status,
        extra={"commitment": block.number} if block.number else {},
        provenance=provenance,
    )


def _row(
    block: Block, index: int, document_id: str, reference: dt.date | None, year_end: YearEnd = UK_YEAR_END
) -> ActionPlanRow:
    values = block.values
    revised = (
        values.get("revised") if tables.deadline(values.get("revised", ""), reference, year_end=year_end).date else None
    )
    end_text = revised or values.get("end") or values.get("range") or None
    start_text = values.get("start") or None
    body_label = BODY_LABEL_RE.search(block.kinds.get("lead", ""))
    read = tables.plan_particulars(
        end_text,
        start_text,
        reference,
        status_text=values.get("status", ""),
        lead_text=values.get("lead", ""),
        lead_is_body=bool(body_label),
        year_end=year_end,
    )
    start, end, status, rag = read.start, read.end, read.status, read.rag
    if status is None and values.get("progress"):
        status = tables.normalise_status(values["progress"])[0]
    named_lead, lead_org = read.named_lead, read.lead_org
    extra = {}
    if values.get("action") and block.title:
        extra["title"] = block.title
    if revised and values.get("end"):
        extra[block.kinds.get("end", "end")] = values["end"]  # the original deadline, beside the date in force
    return ActionPlanRow(
        table=None,
        row=index,
        theme=block.theme,
        action_no=block.number,
        action=_action_of(block),
        outcome=values.get("outcome") or None,
        named_lead=named_lead,
        lead_org=lead_org,
        supporting_orgs=values.get("supporting") or None,
        start_date=start.date,
        end_date=end.date,
        start_date_text=start_text,
        end_date_text=end_text,
        start_date_precision=start.precision if start.date else None,
        end_date_precision=end.precision if end_text else None,
        progress=values.get("progress") or None,
        rag=rag,
        status=status,
        status_text=values.get("status") or None,
        extra=extra,
        provenance=Provenance(document=document_id, page=block.page, page_end=block.page_end, method=METHOD),
    )
