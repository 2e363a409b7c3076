"""Grids that are layout, not data: attendance boxes and forms of particulars, contents lists,
agendas in a grid, minutes in a grid, text set in columns by a frame, RAG keys, signature blocks,
contact cards, a process drawn as numbered boxes, numbered paragraphs, labels beside sentences
(_not_a_data_table, _laid_out_text).
"""

from __future__ import annotations

import re

from .. import stream_tables
from .column_names import normalise_header
from .headers import cell_kind, is_action_plan

ATTENDANCE_HEADERS = {
    "present", "attendees", "attendance", "in attendance", "apologies", "apologies for absence", "officials",
    "members", "also present", "observers", "guests", "absent", "members present", "officers",
}  # fmt: skip


# The labels of a meeting's particulars ('Title of Meeting | Board Meeting', 'Date | 26th September').
FORM_LABELS = ATTENDANCE_HEADERS | {
    "title", "title of meeting", "meeting", "date", "date of meeting", "time", "place", "venue", "location",
    "invited", "chair", "chairman", "minutes", "minute taker", "clerk", "secretary", "subject", "author", "from", "to",
    "by", "report author", "report from", "contact officer", "cabinet member", "cabinet members", "portfolio holder",
    "lead member", "corporate director", "director", "decision no", "decision number", "classification",
    "key decision", "electoral division", "electoral divisions", "division", "ward", "wards", "lead department",
    "lead organisation", "lead organization",
    # a report's cover (sweep 53): the particulars councils print over a report, with or without colons
    "report of", "report to", "report by", "meeting date", "portfolio", "cabinet portfolio", "executive member",
    "lead officer", "wards affected", "divisions affected", "electoral divisions affected", "forward plan reference",
    "forward plan ref", "reason for urgency", "appendices", "background papers", "exempt", "exempt information",
    "contact", "contact details", "purpose of report", "decision maker", "decision taker",
}  # fmt: skip
MIN_PARTICULARS = 2
# the particulars of a national action plan's commitment box (the OGP template and its national variants)
COMMITMENT_LABEL_RE = re.compile(
    r"(?:lead |implementing |lead implementing )(?:agency|agencies|actor|ministry|institution|department)"
    r"(?:\s*/\s*actor)?"
    r"|other actors involved(?:[:\s(].{0,40})?|(?:commitment )?start and end dates?"
    r"|status quo(?: or problem addressed)?|main objective|(?:brief )?description of (?:the )?commitment"
    r"|point of contact|(?:ogp )?values? relevance|period of implementation"
    r"|commitment(?: description| title)?|relevance|ambition"
)


def _is_attendance_or_form(rows: list[list[str]]) -> bool:
    """Attendance grids ('Present:' / 'Apologies') and label-value forms ('Title of Meeting:', 'Date:')
    are laid out with ruled boxes but are not data tables."""
    header = [normalise_header(cell).rstrip(":. ") for cell in rows[0] if cell.strip()]
    if header and all(cell in ATTENDANCE_HEADERS for cell in header):
        return True
    leading = [normalise_header(row[0]).rstrip(":. ") for row in rows[:4]]
    if MIN_PARTICULARS <= len(rows) <= 3 and all(
        label in FORM_LABELS and sum(bool(cell) for cell in row) <= 2 for label, row in zip(leading, rows, strict=False)
    ):
        return True  # a short box of particulars ('Cabinet Member | ...', 'Corporate Director | ...')
    if (
        len(rows) <= 4
        and all(label in ATTENDANCE_HEADERS for label in leading)
        and not any(stream_tables.is_numeric(cell) for row in rows for cell in row[1:] if cell)
    ):
        return True  # 'PRESENT:' / 'APOLOGIES:' beside names set in two or more columns of a layout grid
    if _is_initialled_names(rows):
        return True
    labels = [row[0] for row in rows if row and row[0].strip()]
    if len(labels) < 3:
        return False
    if sum(_is_field_label(row) for row in rows if row and row[0].strip()) >= 0.6 * len(labels):
        return True
    # a meeting's (or a report's) particulars heading the grid, with or without colons
    return sum(label in FORM_LABELS for label in leading) >= 3


# initials beside a name: 'GD' beside 'Graham Dolan', 'PWh' beside 'Paul Wheelhouse'
INITIALS_CELL_RE = re.compile(r"[A-Z][A-Za-z]{1,3}")
MIN_INITIALLED_NAMES = 3
INITIALLED_SHARE = 0.7  # of a grid's filled cells, in names with their initials beside them


def _is_initialled_names(rows: list[list[str]]) -> bool:
    """A box of the members present, each name with the initials the minutes then use beside it ('Graham Dolan |
    GD | Norman Robertson | NR') or after it in its cell ('Helen Postle HP'), set in a grid of two or more names a
    row; read from a scan, the 'PRESENT' label beside the box's first row may not be in it."""
    beside = within = 0
    for row in rows:
        beside += sum(_initials_of(name, initials) for name, initials in zip(row, row[1:], strict=False))
        within += sum(len(words := cell.split()) > 2 and _initials_of(" ".join(words[:-1]), words[-1]) for cell in row)
    filled = sum(bool(cell.strip()) for row in rows for cell in row)
    names, cells = beside + within, 2 * beside + within
    return names >= MIN_INITIALLED_NAMES and cells >= INITIALLED_SHARE * filled


def _initials_of(name: str, initials: str) -> bool:
    """Whether ``initials`` ('PWh', 'MC') are the capitals of ``name``'s words ('Paul Wheelhouse', 'Michael Cook
    (SBC)': words in brackets left out), in order."""
    initials = initials.strip()
    if not INITIALS_CELL_RE.fullmatch(initials):
        return False
    words = re.sub(r"\([^()]*\)", " ", name).split()
    capitals = [character for character in initials if character.isupper()]
    return len(words) >= 2 and len(capitals) >= 2 and [word[0] for word in words] == capitals


def _is_field_label(row: list[str]) -> bool:
    """A form's label: 'Date:', or a question answered in the one cell beside it ('What is the problem
    the commitment addresses? | …'), or a particular's name ('Lead department | Cabinet Office')."""
    label = row[0].rstrip()
    beside_one_answer = sum(bool(cell) for cell in row) <= 2
    return (
        label.endswith(":")
        or beside_one_answer
        and (
            label.endswith("?")
            or normalise_header(label).rstrip(":. ") in FORM_LABELS
            or bool(COMMITMENT_LABEL_RE.fullmatch(normalise_header(label).rstrip(":. ")))
        )
    )


def _laid_out_text(rows: list[list[str]]) -> bool:
    """What aligned columns of text print without being data, ruled or not: a contents list, an
    agenda's running order, a card of labelled values, a RAG key, a signature block."""
    return (
        _is_contents_list(rows)
        or _is_timed_agenda(rows)
        or _is_agenda_grid(rows)
        or _is_labelled_cells(rows)
        or _is_colour_key(rows)
        or _is_signature_block(rows)
        or _is_contact_box(rows)
        or _is_recorded_vote(rows)
        or _is_labelled_paragraphs(rows)
    )


# a member named with the title a membership list gives ('Councillor A Hartley (Chair)', 'Cllr Mrs J Ogunleye')
MEMBER_CELL_RE = re.compile(
    r"(?:Councillor|Cllr\.?|County Councillor|Alderman)(?: (?:Mrs|Mr|Ms|Miss|Dr)\.?)?"
    r" [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^()]{1,30}\))?"
)
MIN_MEMBER_CELLS = 4


def _is_member_grid(rows: list[list[str]]) -> bool:
    """A committee's membership set in a grid (three councillors a row, the first row too): every filled cell a
    member named with a councillor's title. A data table heads its columns with names of columns, not members."""
    filled = [cell.strip() for row in rows for cell in row if cell.strip()]
    return (
        len(filled) >= MIN_MEMBER_CELLS
        and max(len(row) for row in rows) >= 2
        and all(MEMBER_CELL_RE.fullmatch(" ".join(cell.split())) for cell in filled)
    )


def _not_a_data_table(rows: list[list[str]]) -> bool:
    return (
        _is_layout_box(rows)
        or _is_member_grid(rows)
        or _is_attendance_or_form(rows)
        or _is_label_value_form(rows)
        or _is_text_columns(rows)
        or _is_minutes_grid(rows)
        or _is_numbered_steps(rows)
        or _is_numbered_paragraphs(rows)
        or _is_labelled_sentences(rows)
        or _laid_out_text(rows)
    )


# a step's number opening its box ('1. Complaint received', '2) Acknowledged', 'Step 3: Review')
STEP_NUMBER_RE = re.compile(r"(?:step\s+)?(\d{1,2})[.):]?(?=\s)", re.I)
MIN_STEPS = 4


def _is_numbered_steps(rows: list[list[str]]) -> bool:
    """A process drawn as boxes in rows ('1. Complaint received | 2. Acknowledged in 3 days | 3. Service manager
    investigates', then 4, 5, 6 on the next row): every filled cell opens with a step's number and the numbers count
    1, 2, 3 ... across the rows, as a reader goes from box to box. A data table numbers its rows in one column, so
    its other cells carry no step numbers."""
    filled = [cell.strip() for row in rows for cell in row if cell.strip()]
    if len(filled) < MIN_STEPS or max(sum(bool(cell.strip()) for cell in row) for row in rows) < 2:
        return False
    numbers = [STEP_NUMBER_RE.match(cell) for cell in filled]
    return all(numbers) and [int(number[1]) for number in numbers] == list(range(1, len(filled) + 1))


SENTENCE_WORDS = 8  # a value that runs to a sentence (a label's value is a few words)
# a paragraph's number alone in its cell: '1', '2.', '(3)', '4)'
PARAGRAPH_NUMBER_RE = re.compile(r"\(?(\d{1,2})[.)]?")
MIN_NUMBERED_PARAGRAPHS = 3


def _is_numbered_paragraphs(rows: list[list[str]]) -> bool:
    """A numbered list set in a grid ('1. | That Cabinet approves the strategy.', '2. | That authority is delegated
    ...'): a number counting up from 1 beside one sentence on every row, the first too. A table of two columns heads
    them with names, and a page it runs on to starts past 1."""
    if len(rows) < MIN_NUMBERED_PARAGRAPHS:
        return False
    for expected, row in enumerate(rows, start=1):
        filled = [" ".join(cell.split()) for cell in row if cell.strip()]
        if len(filled) != 2 or filled[0] != " ".join(row[0].split()):
            return False
        number = PARAGRAPH_NUMBER_RE.fullmatch(filled[0])
        if number is None or int(number[1]) != expected:
            return False
        if len(filled[1].split()) < SENTENCE_WORDS or not filled[1].endswith((".", ";", ":")):
            return False
    return True


MIN_LABELLED_SENTENCES = 3
MAX_LABELLED_SENTENCES = 10
LONG_SHARE = 0.5  # of the rows, a whole sentence beside the label (the others a short one: 'None arising.')
LABEL_RE = re.compile(r"[A-Z][A-Za-z'’&/-]*(?: [A-Za-z'’&/-]+){0,3}:?")


def _is_labelled_sentences(rows: list[list[str]]) -> bool:
    """A report's section of labelled sentences set in a grid ('Financial | The cost of £45,000 will be met from the
    parking reserve.', 'Legal | Changes to tariffs need a variation of the order.'): every row, the first too, a
    label of a few words without figures beside one sentence, half of them long or more ('Staffing | None arising.').
    A data table heads its columns with a row of short names, so its first row holds no sentence (a box of longer
    paragraphs: _is_labelled_paragraphs)."""
    if not MIN_LABELLED_SENTENCES <= len(rows) <= MAX_LABELLED_SENTENCES:
        return False
    labels, long = [], 0
    for row in rows:
        filled = [" ".join(cell.split()) for cell in row if cell.strip()]
        if len(filled) != 2 or filled[0] != " ".join(row[0].split()) or not LABEL_RE.fullmatch(filled[0]):
            return False
        if not filled[1].endswith("."):
            return False
        labels.append(normalise_header(filled[0]))
        long += len(filled[1].split()) >= SENTENCE_WORDS
    return len(set(labels)) == len(labels) and long >= LONG_SHARE * len(rows)


# A cell that carries its own label ('Latest: 94%', 'Target: 90%, Floor: 85%', 'Decision No: 24/00109').
# (read by match; from a word's start only and without giving back a word's letters, so a search stays linear)
LABELLED_CELL_RE = re.compile(r"(?<![A-Za-z'’()/&-])[A-Z][A-Za-z'’()/&-]*+(?: [A-Za-z'’()/&-]++){0,3} ?:\s*\S")
MIN_LABELLED_CELLS = 3


def _is_labelled_cells(rows: list[list[str]]) -> bool:
    """A box whose cells carry their own labels (a KPI card 'Latest: 94% | Target: 90% |
    Previous: 89%', a report's particulars 'Decision No: 24/00109') is a form: in a data table
    the header names the columns and the cells hold only values."""
    filled = [cell for row in rows for cell in row if cell]
    labelled = sum(bool(LABELLED_CELL_RE.match(cell)) for cell in filled)
    return labelled >= MIN_LABELLED_CELLS and labelled >= 0.5 * len(filled)


CONTENTS_HEADERS = {"contents", "table of contents", "page", "pages", "page no", "page number", "page numbers"}
PAGE_RE = re.compile(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?")


def _is_contents_list(rows: list[list[str]]) -> bool:
    """A contents list in a grid ('Contents | Pages', a title and its page on each row): the
    last column holds page numbers that never go back."""
    header = {normalise_header(cell) for cell in rows[0] if cell}
    if not header & CONTENTS_HEADERS or len(rows) < 3:
        return False
    pages = [row[-1].strip() for row in rows[1:] if row[-1].strip()]
    if len(pages) < 0.8 * (len(rows) - 1) or not all(PAGE_RE.fullmatch(page) for page in pages):
        return False
    starts = [int(re.match(r"\d+", page)[0]) for page in pages]
    return all(b >= a for a, b in zip(starts, starts[1:], strict=False))


def _is_colour_key(rows: list[list[str]]) -> bool:
    """A RAG key ('GREEN | Target has been achieved', 'AMBER | Floor achieved but ...'): colour
    names, each beside the sentence that defines it, explain a report's ratings; they are not data."""
    keyed = [row for row in rows if row and normalise_header(row[0]) in {"red", "amber", "green", "blue"}]
    return (
        len(keyed) >= 3
        and all(sum(bool(cell) for cell in row) <= 2 for row in rows)
        and all(len(" ".join(row[1:]).split()) >= 4 for row in keyed)
    )


BLANK_LINE_RE = re.compile(r"[._…]{4,}|\bsign(?:ed|ature)\b", re.I)


# what a signature block prints beside its lines to sign: the signer's role, the date, a name to print
SIGNING_WORDS = {
    "date", "dated", "name", "print name", "position", "role", "witness", "chair", "chairman", "chairperson",
    "chairwoman", "vice-chair", "vice-chairman", "clerk", "proper officer", "mayor",
}  # fmt: skip


def _is_signature_block(rows: list[list[str]]) -> bool:
    """A few boxes to sign and date ('Signed ........ Chair', 'Date ____'): lines left blank to
    fill in, not data. Ruled boxes leave the line out ('Signed | | Chairman' / 'Date | |'): the words
    beside a 'Signed' are then only the signer's role, the date's label and blanks."""
    filled = [cell for row in rows for cell in row if cell]
    blanks = sum(bool(BLANK_LINE_RE.search(cell)) for cell in filled)
    if len(rows) > 4 or not filled:
        return False
    signing = sum(normalise_header(cell).rstrip(":. ") in SIGNING_WORDS for cell in filled)
    return blanks >= 0.5 * len(filled) or blanks >= 1 and blanks + signing == len(filled)


TEXT_COLUMN_WORDS = 40


def _is_text_columns(rows: list[list[str]]) -> bool:
    """Text set in two or three columns by a frame: every filled cell runs to paragraphs, in a
    row or two. A data table's cells are values, or prose beside short values."""
    filled = [cell for row in rows for cell in row if cell]
    return len(rows) <= 2 and len(filled) >= 2 and all(len(cell.split()) >= TEXT_COLUMN_WORDS for cell in filled)


MIN_FORM_ROWS = 6


def _is_label_value_form(rows: list[list[str]]) -> bool:
    """A form of label and answer boxes ('Responsible Officer | Mike Gogarty', 'Are there negative
    impacts for age? | no', 'Section B - Evidence'): no row fills more than a label and one answer,
    and many rows hold the label alone (a section heading, a question answered below, a field
    left blank). A data table fills most of its cells in most rows."""
    if len(rows) < MIN_FORM_ROWS:
        return False
    filled = [[bool(cell) for cell in row] for row in rows]
    if any(sum(row) > 2 for row in filled):
        return False
    labelled = sum(row[0] for row in filled)
    alone = sum(row[0] and sum(row) == 1 for row in filled)
    return labelled >= 0.9 * len(rows) and alone >= 0.4 * len(rows)


ITEM_NUMBER_RE = re.compile(r"(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?[.):]?", re.I)
# minute numbers as councils print them in a grid's first column: "6.", "41/24", "GB 24/117"
MINUTE_NUMBER_RE = re.compile(rf"{ITEM_NUMBER_RE.pattern}|(?:[A-Z]{{1,4}}\s?)?\d{{1,4}}/\d{{2,4}}", re.I)
MINUTE_WORDS = 40  # a minute's text runs to paragraphs (mean words); a log's action to a sentence or two
# The heading of a grid's minute-text column ("Discussion", "Discussion / Minute", "Notes", "Decision"): under it the
# cells are minutes even when short ("Apologies were received and noted."), and an Action / Due column beside it
# is the minutes' margin, not an action log's.
MINUTES_COLUMN_HEAD_RE = re.compile(
    r"(?i:discussion|minutes?|notes|decisions?|content|matters discussed|notes of discussion)"
    r"(?:\s*(?:/|and|&)\s*(?i:discussion|minutes?|notes|decisions?|outcome))?"
)
MINUTES_HEAD_WORDS = 8  # under such a heading a minute is at least a sentence (mean words)


def _is_minutes_grid(rows: list[list[str]]) -> bool:
    """Minutes set in a grid: numbered items ('6.') beside paragraphs of minute text, with at most
    short notes (an action column's initials) beside them. The minutes stage reads the items."""
    header = rows[0]
    headed = not MINUTE_NUMBER_RE.fullmatch(header[0]) and all(len(cell.split()) <= 3 for cell in header)
    if headed:
        rows = rows[1:]  # the grid's header row ('Item | Minute | Action')
    numbered = sum(bool(MINUTE_NUMBER_RE.fullmatch(row[0])) for row in rows)
    unnumbered = sum(bool(row[0]) and not MINUTE_NUMBER_RE.fullmatch(row[0]) for row in rows)
    if not numbered or unnumbered > 0.2 * len(rows):
        return False
    width = max(len(row) for row in rows)
    lengths = {
        index: [len(row[index].split()) for row in rows if index < len(row) and row[index]] for index in range(1, width)
    }
    mean = {index: sum(counts) / len(counts) if counts else 0.0 for index, counts in lengths.items()}
    if not mean:
        return False
    text = max(mean, key=lambda index: mean[index])
    if headed and text < len(header) and MINUTES_COLUMN_HEAD_RE.fullmatch(header[text].strip()):
        return _is_headed_minutes_grid(rows, text, mean[text])
    if is_action_plan(header) or mean[text] < MINUTE_WORDS / 1.6 or max(lengths[text]) < 1.5 * MINUTE_WORDS:
        return False
    noted = [[cell for index, cell in enumerate(row) if index not in (0, text) and cell] for row in rows]
    if any(len(note.split()) > 4 for notes in noted for note in notes) or sum(map(len, noted)) > len(rows):
        return False
    # an action log's owner column is filled on (nearly) every row; a minute's action column is not
    return mean[text] >= MINUTE_WORDS or sum(bool(notes) for notes in noted) < 0.7 * len(rows)


def _is_headed_minutes_grid(rows: list[list[str]], text: int, mean_words: float) -> bool:
    """A grid whose text column is headed as minutes: its other columns hold a subject, initials or a date
    ("Minute No. | Subject | Decision", "Item | Minute | Action | Due")."""
    if mean_words < MINUTES_HEAD_WORDS:
        return False
    others = [cell for row in rows for index, cell in enumerate(row) if index not in (0, text) and cell]
    return all(len(cell.split()) <= 8 for cell in others)


CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _is_timed_agenda(rows: list[list[str]]) -> bool:
    """An agenda's running order in a grid: numbered items, each with its time slot ('13:30 - 13:35')."""
    body = [row for row in rows if any(row)]
    if len(body) < 3:
        return False
    width = max(len(row) for row in rows)

    def share(test) -> float:
        return max(
            (sum(bool(index < len(row) and test(row[index])) for row in body) / len(body) for index in range(width)),
            default=0.0,
        )

    timed = share(lambda cell: bool(CLOCK_RE.match(cell)))
    return timed >= 0.6 and any(_counts_up([row[index] for row in body if index < len(row)]) for index in range(width))


def _counts_up(cells: list[str]) -> bool:
    """Most cells are item numbers ('1', '2.', '3)') each one more than the last one given."""
    numbers = [int(match[1]) for cell in cells if (match := re.fullmatch(r"(\d{1,2})[.):]?", cell.strip()))]
    steps = list(zip(numbers, numbers[1:], strict=False))
    return len(numbers) >= 0.6 * len(cells) and len(steps) >= 2 and all(b == a + 1 for a, b in steps)


def _is_layout_box(rows: list[list[str]]) -> bool:
    """A 'table' where nearly every cell is empty or one cell holds all the text is a box; one
    where hardly any row fills two cells is prose or a list that a frame happens to split."""
    if _is_blank_schedule(rows):
        return False
    cells = [cell for row in rows for cell in row]
    filled = [cell for cell in cells if cell]
    if len(filled) <= 2 or len(filled) / len(cells) < 0.25:
        return True
    related = sum(sum(bool(cell) for cell in row) >= 2 for row in rows)
    return related == 0 or related < 0.25 * len(rows)


MIN_SCHEDULE_ROWS = 4


def _is_blank_schedule(rows: list[list[str]]) -> bool:
    """A schedule not yet filled in (a forecast with years and few projects): a header row naming
    every column, then rows keyed by years or numbers in the first column, most of them empty."""
    for index, header in enumerate(rows[:2]):
        body = rows[index + 1 :]
        if len(header) < 3 or not all(header) or any(cell_kind(cell) not in ("short", "initials") for cell in header):
            continue
        keys = [row[0] for row in body if row]
        if len(keys) >= MIN_SCHEDULE_ROWS and all(cell_kind(key) in ("number", "date") for key in keys):
            return True
    return False


AGENDA_NUMBER_HEADERS = {"item", "no", "number", "agenda item", "#", "ref"}
AGENDA_TITLE_HEADERS = {"description", "title", "subject", "business", "agenda item", "topic", "item"}
AGENDA_EXTRA_HEADERS = {"page", "pages", "page no", "time", "timing", "lead", "presenter", "paper", "papers", "purpose"}
AGENDA_NUMBER_RE = re.compile(r"(?:item\s+)?\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?", re.I)


def _is_agenda_grid(rows: list[list[str]]) -> bool:
    """An agenda set in a ruled grid ('Item | Description', numbered rows): the agenda stage reads
    it as agenda items; it is not a data table."""
    header = [normalise_header(cell) for cell in rows[0]]
    if not 2 <= len(header) <= 3 or header[0].rstrip(".") not in AGENDA_NUMBER_HEADERS:
        return False
    if header[1] not in AGENDA_TITLE_HEADERS or (len(header) == 3 and header[2] not in AGENDA_EXTRA_HEADERS):
        return False
    numbers = [row[0] for row in rows[1:] if row[0]]
    return len(numbers) >= 3 and all(AGENDA_NUMBER_RE.fullmatch(number) for number in numbers)


EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+")  # (fullmatch; a search tries each run once)
PHONE_RE = re.compile(r"\+?\(?\d[\d ()-]{8,}\d")
CONTACT_LABEL_RE = re.compile(r"(?:e-?mail|tel(?:ephone)?|phone|mobile|direct (?:dial|line))\b\s*[.:]?\s*", re.I)


def _is_contact_detail(cell: str) -> bool:
    """An email address or a telephone number, with or without its label ('Email: a.b@x.gov.uk')."""
    value = CONTACT_LABEL_RE.sub("", cell.strip(), count=1)
    return bool(EMAIL_RE.fullmatch(value) or PHONE_RE.fullmatch(value))


MAX_CARD_ROWS = 8


def _is_contact_card(cell: str) -> bool:
    """One person's card in one cell: a name and post with an email address or telephone number among its lines
    ('Priya Natarajan Parking Services Manager 01632 960482 priya.natarajan@northfold.gov.uk')."""
    words = cell.split()
    if len(words) < 3:
        return False
    runs = (" ".join(words[start : start + size]) for size in (1, 2, 3) for start in range(len(words)))
    return any(EMAIL_RE.fullmatch(run) or PHONE_RE.fullmatch(run) for run in runs)


def _is_contact_box(rows: list[list[str]]) -> bool:
    """A contact box ('Report Author | Lead Director', then a name, a post, a telephone and an email
    under each): every column is one person's card, so a row of two or more cells holds nothing but
    contact details, or nothing but whole cards. A register of contacts puts its emails in one column,
    one on each row, beside names that carry none."""
    if len(rows) > MAX_CARD_ROWS:
        return False
    for row in rows:
        filled = [cell for cell in row if cell.strip()]
        if len(filled) >= 2 and (
            all(_is_contact_detail(cell) for cell in filled) or all(_is_contact_card(cell) for cell in filled)
        ):
            return True
    return False


VOTE_WORDS = {
    "for", "against", "abstain", "abstained", "abstention", "abstentions", "abstaining", "absent", "did not vote",
    "not voting", "conflict of interests", "conflict of interest", "in favour", "aye", "ayes", "nay", "noes",
}  # fmt: skip


def _is_name_list(cell: str) -> bool:
    return "," in cell or " and " in cell


def _is_recorded_vote(rows: list[list[str]]) -> bool:
    """A recorded vote ('For | Adams, Bell and Carter | 9', 'Against | Jones | 1'): each row is a
    way of voting beside the names who voted so. The minutes record it; it is not a table of data
    (a roll call with a column for each way of voting is)."""
    voted = [row for row in rows if normalise_header(row[0]).rstrip(":. ") in VOTE_WORDS]
    others = [row for row in rows if row[0].strip() and row not in voted]
    listed = any(_is_name_list(cell) for row in voted for cell in row[1:])
    return len(voted) >= 2 and len(others) <= 1 and listed


PARAGRAPH_WORDS = 20
LABEL_WORDS = 5
MAX_PARAGRAPH_ROWS = 6


def _is_labelled_paragraphs(rows: list[list[str]]) -> bool:
    """A box of labelled paragraphs ('Purpose of report | To update the committee on ...',
    'Recommendation | That the committee notes ...'): a short label beside one paragraph on every
    row, the first row too. A data table heads its columns with a row of short names."""
    if not 2 <= len(rows) <= MAX_PARAGRAPH_ROWS:
        return False
    for row in rows:
        filled = [cell for cell in row if cell.strip()]
        if len(filled) != 2 or filled[0] != row[0]:
            return False
        if len(filled[0].split()) > LABEL_WORDS or len(filled[1].split()) < PARAGRAPH_WORDS:
            return False
    return True
