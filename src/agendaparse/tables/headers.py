"""Header -> canonical fields (the names columns go by: :mod:`.column_names`): header_fields and
table_fields (also for a table printed without a header row, by what its columns hold), whether a
header names an action plan or log, the kinds of cell a column holds, and rows that are more of the header.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import stream_tables
from ..dates import parse_date
from .cells import join_cells
from .column_names import (
    COLUMN_NAMES,
    FIELD_SYNONYMS,
    LONGEST_COLUMN_NAME,
    NAME_PREFIXES,
    SPACELESS_NAMES,
    normalise_header,
)
from .owner_date_cells import MAX_DATE_CHARS, deadline
from .status import done_status, normalise_status
from .step_cells import is_step, names_an_owner


def _header_names(cell: str) -> list[str]:
    """The names a header cell may go by: as printed without trailing stops or colons ('Action No.'),
    and each side of a slash ('Progress/Update', 'Owner / Lead')."""
    name = _printed_name(cell)
    unplural = _name_without_plural_mark(cell)
    noted = _name_before_note(cell)
    parts = [part.strip(" .") for part in name.split("/")] if "/" in name and len(name) > 5 else []
    # two names joined by 'and' or '&' ('Review and Action', 'Timescale & Review'): each side that is a column's
    # name, as each side of a slash is (not a sum's '+': 'Actual + commitments £' is one figure)
    joined = [normalise_header(part) for part in JOINED_NAMES_RE.split(cell)] if JOINED_NAMES_RE.search(cell) else []
    parts += [part for part in joined if part in COLUMN_NAMES]
    mended = _mended_names(name)
    # a plural of a column name ('Timescales', 'Target dates', 'Deadlines')
    singular = [stem for printed in (name, *noted) for stem in _singular(printed)][:1]
    unspaced = _unspaced_names(name)
    under_group = _date_group_names(name)
    # a column named for the period it reports ('Q2 RAG', 'Quarter 3 update', '2025/26 status')
    dated = PERIOD_PREFIX_RE.fullmatch(name)
    under_group += [dated[1]] if dated and dated[1] in COLUMN_NAMES else []
    # a deadline named as moved ('New ETA', 'Revised due date', 'Extended deadline'): the deadline in force (gold
    # README stop 29), named as the deadline is; the original's column ('Original due') is left to the row's extra
    revised = REVISED_DEADLINE_RE.fullmatch(name)
    under_group += [revised[1]] if revised and revised[1] in FIELD_SYNONYMS["end_date"] else []
    # a start or an end named as planned ('Target Start Date', 'Est. End', 'Planned finish date'): the start or the
    # end, as named alone ('Target start' is no target date)
    planned = PLANNED_DATE_RE.fullmatch(name)
    under_group += [planned[1]] if planned and planned[1] in PLANNED_DATE_NAMES else []
    # once each: a cell of thousands of slashes ('1/1/1/...') would otherwise be thousands of names
    return list(
        dict.fromkeys(
            [name, *[part for part in parts if part], *mended, *singular, *unspaced, *under_group, *unplural, *noted]
        )
    )


def _named_outright(cell: str) -> set[str]:
    """The names a header cell prints whole, only marred by print: as printed, broken by a narrow column ('Refere' /
    'nce', 'Responsibledepartment'), with a plural mark ('Officer(s) responsible') or a note in brackets ('Who (lead
    in red)'). The other names of :func:`_header_names` are inferred: a side of a slash or of 'and', a singular, a
    name under a group's or after 'Target' / 'Revised' / 'Q2'."""
    name = _printed_name(cell)
    return {
        name,
        *_mended_names(name),
        *_unspaced_names(name),
        *_name_without_plural_mark(cell),
        *_name_before_note(cell),
    }


def _printed_name(cell: str) -> str:
    return normalise_header(cell).rstrip(".: ")


def _name_without_plural_mark(cell: str) -> list[str]:
    """A plural left open ('Officer(s) responsible', 'Lead partner(s)'): the name as if printed singular."""
    return [normalise_header(cell.replace("(s)", "").replace("(S)", "")).rstrip(".: ")] if "(" in cell else []


def _name_before_note(cell: str) -> list[str]:
    """A name with a note in brackets after it ('Who (lead in red)', 'Owner (external)'): the name before the note."""
    bare = BRACKETED_NOTE_RE.sub("", cell).strip()
    return [normalise_header(bare)] if bare and bare != cell.strip() else []


def _mended_names(name: str) -> list[str]:
    """A header word broken by a narrow column ('Refere' / 'nce', 'Date for c' / 'ompletion'): a column name with one
    space taken out (only a name one character longer than the longest column name can be one mended: a long cell is
    not)."""
    return [
        joined
        for index, char in enumerate(name if len(name) <= LONGEST_COLUMN_NAME + 1 else "")
        if char == " " and (joined := name[:index] + name[index + 1 :]) in COLUMN_NAMES
    ]


def _unspaced_names(name: str) -> list[str]:
    """A header broken over two lines in a narrow column, joined without its space ('Responsibledepartment')."""
    return [SPACELESS_NAMES[name]] if " " not in name and name in SPACELESS_NAMES else []


def _singular(name: str) -> list[str]:
    """A column name printed as a plural ('Timescales', 'Activities', 'Objectives (if included in the plan)' once its
    note is taken off): the singular that is a column name."""
    stems = (name[:-1], name[:-3] + "y") if name.endswith("s") else ()
    return [stem for stem in stems if stem in COLUMN_NAMES][:1]


JOINED_NAMES_RE = re.compile(r"\s+(?:and|&)\s+", re.I)
# a note in brackets after a column's name, the name printed before it ('(lead in red)', '(H/M/L)'; not '(s)')
BRACKETED_NOTE_RE = re.compile(r"\s*\((?![sS]\))[^()]{1,40}\)\s*$")
DATE_GROUP_RE = re.compile(
    r"(timescales?|dates?|timeline|timing|timeframe|time frame|schedule|programme|(?:target|due|completion) dates?"
    r"|deadlines?) (\S.{0,30})"
)
# a group's name over columns of who, what and when ('Implementation' over 'Responsibility | Resources | Timeline')
WORK_GROUP_RE = re.compile(r"(implementation|delivery|accountability|monitoring|ownership|governance) (\S.{0,30})")
PLANNED_DATE_RE = re.compile(r"(?:target|planned|expected|estimated|est\.?|forecast|proposed|scheduled) (\S.{0,20})")
PLANNED_DATE_NAMES = set(FIELD_SYNONYMS["start_date"]) | {"end", "end date", "finish", "finish date"}
REVISED_DEADLINE_RE = re.compile(r"(?:new|revised|amended|rescheduled|extended|updated) (\S.{0,30})")
PERIOD_PREFIX_RE = re.compile(r"(?:q[1-4]|quarter [1-4]|(?:19|20)\d{2}(?:/\d{2,4})?) (\S.{0,30})")
DATE_VERSIONS = {"original", "revised", "planned", "actual", "forecast", "agreed", "new"}


def _date_group_names(name: str) -> list[str]:
    """A date column's name under a group's: 'Timescale' over 'Start' | 'End' joined as 'Timescale Start' goes by
    'start'; 'Target date' over 'Original' | 'Revised' as 'Target date Original' by the group's name."""
    grouped = DATE_GROUP_RE.fullmatch(name)
    if grouped is None:
        work = WORK_GROUP_RE.fullmatch(name)
        return [work[2]] if work and work[2] in COLUMN_NAMES else []
    if grouped[2] in COLUMN_NAMES:
        return [grouped[2]]
    return [grouped[1]] if grouped[2] in DATE_VERSIONS and grouped[1] in COLUMN_NAMES else []


def header_fields(header: list[str]) -> dict[int, str]:
    """Map column index -> canonical action-plan field for the columns we recognise. A heading
    named exactly ('Lead department', 'Action by') wins over one that only starts with a name
    ('Lead ...' as a lead, 'Action ...' as the action), and a field a heading names outright ('Target date',
    'Timescale') over the same field only inferred for another column (a side of 'Lead and Timescale' or of 'Owner /
    Deadline', a plural, a 'Target Start Date'): :func:`_named_outright`."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    names = [_header_names(cell) for cell in header]
    outright = [_named_outright(cell) for cell in header]
    for exact, outright_only in ((True, True), (True, False), (False, False)):
        for index, alternatives in enumerate(names):
            # the name as printed first, then each side of a slash in order ('Status/Comment' is a status)
            for name in alternatives:
                if index in mapping:
                    break
                if outright_only and name not in outright[index]:
                    continue
                for field, synonyms in FIELD_SYNONYMS.items():
                    if field in used:
                        continue
                    if name in synonyms or (not exact and _named_by_prefix(name, field)):
                        mapping[index] = field
                        used.add(field)
                        break
    _by_head_noun(names, mapping, used)
    _prefer_status_column(names, mapping)
    _prefer_action_column(names, mapping)
    _prefer_qualified_action(names, mapping)
    _prefer_sub_action_column(names, mapping)
    _prefer_officer_column(names, mapping)
    _project_as_action(names, mapping)
    _numbered_outcome_as_action(names, mapping)
    _organisation_as_lead_org(names, mapping)
    _numbered_name_as_action_no(names, mapping)
    _item_as_action(names, mapping)
    _ranking_priority_not_theme(names, mapping)
    _action_taken_as_progress(names, mapping)
    _described_row(names, mapping)
    _register_category_not_theme(names, mapping)
    return dict(sorted(mapping.items()))


def _numbered_name_as_action_no(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Risk ID | Risk description | ... | Mitigation strategy', 'Finding ID | Title | Owner': a column left of the
    action named for what its rows are and numbered ('Risk ID', 'Finding ref', 'Rec No.') holds the rows' numbers."""
    action = _first_column(mapping, "action")
    if action is None or "action_no" in mapping.values():
        return
    for index, alternatives in enumerate(names[:action]):
        if index not in mapping and alternatives and NUMBERED_NAME_RE.fullmatch(alternatives[0]):
            mapping[index] = "action_no"
            return


ITEM_NAMES = {"item", "items"}


def _item_as_action(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'ID | Item | Due | Owner': where another column numbers the rows, a bare 'Item' column is no number but the
    rows themselves, the action, in a table naming an owner or a deadline and no action column."""
    fields = set(mapping.values())
    if "action" in fields or "action_no" not in fields or not fields & {"named_lead", "lead_org", "end_date"}:
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and alternatives[0] in ITEM_NAMES:
            mapping[index] = "action"
            return


def _ranking_priority_not_theme(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Action Item | Owner | Due Date | Status | Priority': a bare 'Priority' column right of the action ranks
    the rows (High / Medium / Low, as the gold README's stop 23 choices have a 'Priority' column); the theme a plan's
    rows fall under is printed before them ('Priority | Action | Lead', a strategy's priorities)."""
    theme = _first_column(mapping, "theme")
    action = _first_column(mapping, "action")
    if theme is None or action is None or theme < action or not names[theme]:
        return
    name = names[theme][0]
    # (also a name only starting with it, 'Priority High' joined to the cell under it, not a theme's own name)
    if name == "priority" or name.startswith("priority ") and name not in FIELD_SYNONYMS["theme"]:
        del mapping[theme]


ACTION_TAKEN_RE = re.compile(r"actions? taken(?: to date| so far)?")


def _action_taken_as_progress(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Recommendation | Responsibility | Action taken | Status': what has been done in answer to the action named
    beside it ('Summary detailing actions to date') is its progress."""
    if "action" not in mapping.values() or "progress" in mapping.values():
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and ACTION_TAKEN_RE.fullmatch(alternatives[0]):
            mapping[index] = "progress"
            return


# a column naming a plan's rows left of a 'Description' of them ('Milestone | Description | Target date',
# 'Phase name | Description', 'Action name | Status | Description'): the rows are what it names
DESCRIBED_ACTION_RE = re.compile(
    r"(?:key )?(?:milestones?|phases?|stages?)(?: name| title)?|(?:action|task|activity|project) (?:name|title)|title"
)
# a column naming rows that are no actions left of their 'Description' ('Metric / KPI | Description | Target | Owner',
# a KPI table; 'Grant name | Granting authority | Deadline | Amount | Description', a list of grants to apply for)
DESCRIBED_RECORD_RE = re.compile(
    r"(?:metrics?|kpis?|(?:key |performance )?indicators?|measures?|key results?|grants?|funds?|columns?|fields?)"
    r"(?: name| title)?|(?:grant|fund|column|field|metric|indicator|measure) \S+"
)


def _described_row(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A bare 'Description' read as the action describes the row a column left of it names: a milestone's, a
    phase's or an action's name is the row itself, the action; a metric's, an indicator's or a grant's name makes
    the rows no actions (a KPI table, a list of grants), and the description none."""
    column = _first_column(mapping, "action")
    if column is None or not names[column] or names[column][0] != "description":
        return
    described = _described_by(names, column)
    if described is None or described in mapping:
        return
    del mapping[column]
    if described >= 0:
        mapping[described] = "action"


def _described_by(names: list[list[str]], column: int) -> int | None:
    """The column left of a 'Description' naming the row it describes: its index where it names an action's,
    a milestone's or a phase's row, -1 where it names a record that is no action (a metric, a grant), else None."""
    for index in range(column - 1, -1, -1):
        if any(DESCRIBED_RECORD_RE.fullmatch(name) for name in names[index]):
            return -1
        if any(DESCRIBED_ACTION_RE.fullmatch(name) for name in names[index]):
            return index
    return None


# a register's classification of its risks or issues ('Risk description | Category | Likelihood'), no theme
CATEGORY_NAMES = {"category", "risk category", "issue category", "type", "risk type"}
REGISTER_ROW_RE = re.compile(r"(?:risks?|issues?|hazards?|findings?)(?: description| title| name)?|description of .+")


def _register_category_not_theme(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A 'Category' right of the column naming a register's risks or issues classifies them ('ID | Risk description
    | Category | Probability | Impact | Owner | Mitigation'): the actions the register plans fall under no theme."""
    theme = _first_column(mapping, "theme")
    if theme is None or not names[theme] or names[theme][0] not in CATEGORY_NAMES:
        return
    if any(REGISTER_ROW_RE.fullmatch(name) for alternatives in names[:theme] for name in alternatives[:1]):
        del mapping[theme]


# the number column of a plan's rows named for what they are ('Measure No.', 'Deliverable ref')
# (each word whole from its start, at most 40 letters: a search from each letter of one long word read it to its end)
NUMBERED_NAME_RE = re.compile(r"(?P<name>(?<![a-z])[a-z]{1,40}+(?: [a-z]{1,40}+)?) (?:no|number|ref|reference|id|#)")


def _numbered_outcome_as_action(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Measure No. | Measure | ... | Key Performance Indicator' (an air quality plan's measures, Defra's annual
    status report): where no column is named as the action, a column named as an outcome whose rows a number
    column numbers ('Measure' beside 'Measure No.') holds the rows themselves, the action; another column named as
    an outcome ('Key Performance Indicator') is then the outcome."""
    if "action" in mapping.values():
        return
    numbered = {
        match["name"]: index
        for index, alternatives in enumerate(names)
        if mapping.get(index, "action_no") == "action_no"
        and alternatives
        and (match := NUMBERED_NAME_RE.fullmatch(alternatives[0]))
    }
    column = next(
        (index for index, field in mapping.items() if field == "outcome" and names[index][0] in numbered), None
    )
    if column is None:
        return
    mapping[column] = "action"
    if "action_no" not in mapping.values():
        mapping[numbered[names[column][0]]] = "action_no"
    for index, alternatives in enumerate(names):
        if index not in mapping and any(name in FIELD_SYNONYMS["outcome"] for name in alternatives):
            mapping[index] = "outcome"
            return


# a lead column named for a body, not a person ('Lead Authority', 'Responsible partner', 'Lead council'): lead_org
LEAD_ORG_HEAD_RE = re.compile(
    r"(?:lead|responsible) (?:authority|authorities|council|body|bodies|partner|partners|organisations?|agency"
    r"|agencies)|(?:authority|council|body|partner|organisation|agency) responsible"
)


def _organisation_as_lead_org(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A column named as a lead (or left unnamed beside an officer's 'Lead officer') whose name's head is a body."""
    if "lead_org" in mapping.values():
        return
    for index, alternatives in enumerate(names):
        if (
            mapping.get(index, "named_lead") == "named_lead"
            and alternatives
            and LEAD_ORG_HEAD_RE.fullmatch(alternatives[0])
        ):
            mapping[index] = "lead_org"
            return


PROJECT_NAMES = {"project", "projects", "project name", "project title"}


def _project_as_action(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A capital project tracker ('Project | Project manager | Anticipated date'): the project is the row's action
    where a column names its manager or lead; alone, 'Project' beside 'Organisation | Amount' is a grant's purpose
    (tables round 39), no action."""
    lead = _first_column(mapping, "named_lead")
    if "action" in mapping.values() or lead is None or not names[lead] or not names[lead][0].startswith("project "):
        return
    column = next((index for index, names_of in enumerate(names) if names_of and names_of[0] in PROJECT_NAMES), None)
    if column is not None and column not in mapping:
        mapping[column] = "action"


# what a register records rather than an action taken on it ('Description of breach' in a pension fund's
# breaches log, 'Description of incident'): no action column, though it starts with one's name
DESCRIBED_FINDING_RE = re.compile(r"description of (?:the )?(?:breach|incident|complaint|hazard|risk)(?:es|s)?")


def _named_by_prefix(name: str, field: str) -> bool:
    """A heading that only starts with a field's name ('Lead officer ...', 'Action ...') names that field."""
    if field == "action" and DESCRIBED_FINDING_RE.fullmatch(name):
        return False
    return name.startswith(NAME_PREFIXES[field])


# a short name ending in a field's head noun ('Project lead', 'Workstream owner', 'Project ref'): that field
# ('Well-being objective', 'Licensing objective': the objective a plan's rows serve, their theme)
# ('Impact measure': how success is measured, the outcome; 'Learning activity': a member development plan's action)
# ('Specific responsibility', 'Lead responsibility': who the row's work falls to, as 'Responsibility' alone is)
HEAD_NOUNS = {"lead": "named_lead", "owner": "named_lead", "officer": "named_lead", "ref": "action_no",
              "objective": "theme", "measure": "outcome", "activity": "action",
              "responsibility": "named_lead"}  # fmt: skip
# a short name ending in one of these beside a column named as the action: what the actions serve, their theme
# ('Covenant commitment | Action', 'Development need | Learning activity', 'Policy area | Action'); alone, a
# 'Commitment' column is the action (an open government plan's)
THEME_HEAD_NOUNS = {"commitment", "pledge", "need", "area"}


def _by_head_noun(names: list[list[str]], mapping: dict[int, str], used: set[str]) -> None:
    for index, alternatives in enumerate(names):
        words = alternatives[0].split() if alternatives else []
        field = HEAD_NOUNS.get(words[-1]) if 2 <= len(words) <= 3 else None
        if index not in mapping and field is not None and field not in used:
            mapping[index] = field
            used.add(field)
    if "action" not in used or "theme" in used:
        return
    for index, alternatives in enumerate(names):
        words = alternatives[0].split() if alternatives else []
        if index not in mapping and 2 <= len(words) <= 3 and words[-1] in THEME_HEAD_NOUNS:
            mapping[index] = "theme"
            used.add("theme")
            return


# a member's column beside an officer's ('Lead member | Lead officer', a scrutiny recommendation's executive response):
# the officer delivers the action, the member holds the portfolio
MEMBER_NAMES = {"lead member", "member", "councillor", "councillors", "cllr", "cabinet member", "portfolio holder",
                "executive member", "lead councillor", "portfolio"}  # fmt: skip
OFFICER_NAMES = {"lead officer", "responsible officer", "officer", "officer responsible", "accountable officer",
                 "contact officer", "lead officers", "officer lead"}  # fmt: skip


def _prefer_officer_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    lead = _first_column(mapping, "named_lead")
    if lead is None or names[lead][0] not in MEMBER_NAMES:
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and alternatives[0] in OFFICER_NAMES:
            del mapping[lead]
            mapping[index] = "named_lead"
            return


# the finding a plan answers ('Recommendation | Action | Lead'): the action column beside it holds the actions
FINDING_NAMES = {
    "recommendation", "recommendations", "key recommendation", "key recommendations",
    "council resolution", "council resolutions",  # a resolution tracked by the action taken on it (round 57)
}  # fmt: skip
# (not 'Action taken': what was done in answer, beside the recommendation kept as the action)
ACTION_NAME_RE = re.compile(
    r"(?:(?:planned|proposed|agreed|key|improvement) )?actions?(?: required| to be taken| planned)?"
    r"|management response(?: and (?:planned )?actions?)?|(?:agreed )?management actions?"
)


def _finding_name(name: str) -> bool:
    """'Recommendation', or a recommendation named for its source ('Recommendation from inspection')."""
    return name in FINDING_NAMES or name.startswith(tuple(f"{finding} " for finding in FINDING_NAMES))


def _prefer_action_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A 'Recommendation' column is the action only when no column is named as one: an inspection or
    audit response plan ('Recommendation | Action | Lead | Timescale') lists the actions beside it."""
    column = _first_column(mapping, "action")
    if column is None or not _finding_name(names[column][0]):
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and ACTION_NAME_RE.fullmatch(alternatives[0]):
            del mapping[column]
            mapping[index] = "action"
            return


# an action named for the kind of work it is ('Corrective Action', 'Remedial actions', 'Follow-up action')
QUALIFIED_ACTION_RE = re.compile(r"(?:[a-z]+(?: [a-z]+)?) actions?")


def _prefer_qualified_action(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Description | Severity | Root Cause | Corrective Action | Owner | Due' (a CAPA register, an audit tracker): a
    bare 'Description' read as the action describes the finding or the record; a column named as the action by its
    head noun ('Corrective Action') holds what will be done, the action."""
    column = _first_column(mapping, "action")
    if column is None or not names[column] or names[column][0] != "description":
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and QUALIFIED_ACTION_RE.fullmatch(alternatives[0]):
            if ACTION_TAKEN_RE.fullmatch(alternatives[0]):
                continue  # what has been done in answer ('Action taken'): its progress
            del mapping[column]
            mapping[index] = "action"
            return


SUB_ACTION_NAMES = {"sub action", "sub actions", "subaction", "subactions", "sub task", "sub tasks", "subtask",
                    "subtasks"}  # fmt: skip


def _prefer_sub_action_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    """'Action | Sub action | Action by': the steps are the rows (the stop 23 milestone rule) and the action,
    printed once over its steps, their theme (unless a theme column is named)."""
    column = _first_column(mapping, "action")
    named = (index for index, alternatives in enumerate(names) if alternatives and alternatives[0] in SUB_ACTION_NAMES)
    sub = next(named, None)
    if column is None or sub is None or sub in mapping:
        return
    del mapping[column]
    mapping[sub] = "action"
    if "theme" not in mapping.values():
        mapping[column] = "theme"


CLOSED_DATE_NAMES = {"date closed", "closed date", "date completed", "completed date"}


def _prefer_status_column(names: list[list[str]], mapping: dict[int, str]) -> None:
    """A 'Closed date' column is the status only when no column is named as one: beside 'Status of
    recommendation' it is the date the row closed, and the status column holds the status."""
    status = _first_column(mapping, "status")
    if status is None or names[status][0] not in CLOSED_DATE_NAMES:
        return
    for index, alternatives in enumerate(names):
        if index not in mapping and alternatives and re.match(r"status\b", alternatives[0]):
            del mapping[status]
            mapping[index] = "status"
            return


def is_action_plan(header: list[str]) -> bool:
    mapping = header_fields(header)
    fields = set(mapping.values())
    has_action = "action" in fields
    has_owner_or_date = bool(fields & {"named_lead", "lead_org", "end_date", "status", "rag"})
    if has_action and not has_owner_or_date and fields & {"progress", "outcome"}:
        # 'Action / Progress' beside 'Outcome': a follow-up log that names the action as such
        column = next(index for index, field in mapping.items() if field == "action")
        return bool(re.match(r"actions?\b", normalise_header(header[column])))
    return has_action and has_owner_or_date


MAX_HEADER_CELL_WORDS = 8  # a column's name is a few words; a cell of a sentence is data


def holds_a_sentence(header: list[str]) -> bool:
    """A first row read as a header that holds a row's text: a cell of more words than a column's name has."""
    return any(len(cell.split()) > MAX_HEADER_CELL_WORDS for cell in header)


def is_log(header: list[str], rows: list[list[str]], *, captioned: bool = False) -> bool:
    """An action plan by its header, or by a header naming an owner and a date or status beside a
    column of text under a name of its own ('Title of action', 'Item', 'Milestone'); ``captioned``:
    the table's caption names actions (:func:`names_actions`). A key to a log's statuses ('Status | Description'),
    a responsibility matrix (R / A / C / I under each role), a list of decisions naming who takes them and a
    scorecard of targets and actuals are no log, however their columns are named."""
    if _key_of_statuses(header, rows) or _responsibility_matrix(header, rows):
        return False
    if _names_a_decision_maker(header) or _scorecard(header, rows):
        return False
    if is_action_plan(header):
        return True
    if not header or "action" in header_fields(header).values():
        return False
    return "action" in table_fields(header, rows, captioned=captioned).values()


# a column naming who takes a decision ('Decision maker', 'Decision taker', 'Decision making individual or body',
# 'What the decision making body is being asked to decide'): a forward plan of key decisions or a record of decisions
DECISION_MAKER_RE = re.compile(r"\bdecision[\s-]?(?:makers?|takers?|making)\b")


# a column named outright for what is to be done ('Action', 'Actions agreed', 'Action required')
ACTIONS_TO_TAKE_RE = re.compile(r"(?:agreed |further )?actions?(?: (?:agreed|required|to be taken))?")


def _names_a_decision_maker(header: list[str]) -> bool:
    """A forward plan of key decisions ('Item | Decision maker | Decision due | Lead officer') or a record of
    decisions taken: its rows are decisions to be taken or taken by a body, with an officer to contact and a date,
    no plan's actions (issue #5, stop 68); a log of decisions and actions that names a column for the actions to take
    ('Decision | Decision maker | Action | Owner | Due') stays a log."""
    names = [normalise_header(cell).rstrip(".: ") for cell in header]
    return any(DECISION_MAKER_RE.search(name) for name in names) and not any(
        ACTIONS_TO_TAKE_RE.fullmatch(name) for name in names
    )


# a scorecard's columns of a measure's target and of what was achieved ('Target' | 'Actual', 'Quarter 3 Target' |
# 'Quarter 3 Performance', '2024/25 target' | 'Outturn'), as printed alone or for a period
SCORECARD_PERIOD = r"(?:(?:q[1-4]|quarter [1-4]|annual|year end|year to date|ytd|(?:19|20)\d{2}(?:/\d{2,4})?)\s)?"
TARGET_NAME_RE = re.compile(rf"{SCORECARD_PERIOD}targets?")
ACHIEVED_NAME_RE = re.compile(rf"{SCORECARD_PERIOD}(?:actuals?|performance|outturn|results?)")


def _scorecard(header: list[str], rows: list[list[str]]) -> bool:
    """'KPI | Target | Actual | Status | Management action/comment': a measure's target beside what was achieved,
    its targets figures ('60%', '7.0', '< 50'), is a scorecard whatever its other columns say (a comment on the
    shortfall, an owner); not a milestone list's 'Target | Actual' dates (issue #5, stop 68)."""
    names = [normalise_header(cell).rstrip(".: ") for cell in header]
    targets = [index for index, name in enumerate(names) if TARGET_NAME_RE.fullmatch(name)]
    if not targets or not any(ACHIEVED_NAME_RE.fullmatch(name) for name in names):
        return False
    cells = [row[targets[0]].strip() for row in rows if targets[0] < len(row) and row[targets[0]].strip()]
    return bool(cells) and all(cell_kind(cell) == "number" and parse_date(cell).date is None for cell in cells)


# what a log records beside its statuses, and a key to them does not
LOGGED_FIELDS = {"named_lead", "lead_org", "end_date", "start_date", "action_no", "progress", "comment"}


def _key_of_statuses(header: list[str], rows: list[list[str]]) -> bool:
    """'Status | Criteria | Action', 'Status | Description | Where presented', 'RAG | Meaning': a key that defines a
    log's statuses, one row each, in the first column, and names no owner, no date, no number and no update; not a
    log of actions ('Status | Action | Update' is one)."""
    fields = header_fields(header)
    if fields.get(0) not in ("status", "rag") or set(fields.values()) & LOGGED_FIELDS:
        return False
    cells = [" ".join(row[0].lower().split()) for row in rows if row and row[0].strip()]
    return len(cells) >= 2 and len(set(cells)) == len(cells)


# a responsibility matrix's cell: Responsible, Accountable, Support, Consulted, Informed ('A/R', 'C', 'R, A')
RACI_RE = re.compile(r"[RACIS](?:\s*[/,&]\s*[RACIS])*")


def _responsibility_matrix(header: list[str], rows: list[list[str]]) -> bool:
    """A RACI matrix ('Activity | Tech Lead | Dev | QA'): two or more columns whose filled cells are all R, A, S, C or
    I letters; its role columns name who takes part, not a row's owner (a RAG or a status column's letters are its
    own)."""
    width = max((len(row) for row in rows), default=0)
    rated = {index for index, field in header_fields(header).items() if field in ("rag", "status")}
    lettered = 0
    for index in set(range(width)) - rated:
        cells = [row[index].strip() for row in rows if index < len(row) and row[index].strip()]
        lettered += len(cells) >= 2 and all(RACI_RE.fullmatch(cell) for cell in cells)
    return lettered >= 2


# a caption that names its table's rows as actions: 'Action points', 'Actions arising', 'Schedule of actions'
ACTION_CAPTION_RE = re.compile(r"\bactions?\b", re.I)
# an issue column is the action under such a caption ('Action points' over 'Issue | Lead | By'); under any other
# ('Matters arising') whether an issues grid's rows are a plan is not settled (tests/test_tables_round16.py)
ISSUE_NAME_RE = re.compile(r"issues?")


def names_actions(title: str | None) -> bool:
    return bool(title and ACTION_CAPTION_RE.search(title))


# Owners written as initials ('KK', 'JTe', 'KK/HS') or everyone ('All').
INITIALS_RE = re.compile(r"(?:[A-Z]{2,4}[a-z]?|All)(?:\s*[/,&]\s*[A-Z]{2,4}[a-z]?)*")
CELL_KINDS = ("empty", "initials", "status", "number", "date", "prose", "short")
DISTINCTIVE_KINDS = ("prose", "initials", "status")  # what a header cell never looks like


def cell_kind(text: str) -> str:
    """What a cell holds: empty, initials, status, date, number, prose (six words or more) or short."""
    words = text.split()
    if not words:
        return "empty"
    if INITIALS_RE.fullmatch(text.strip()):
        return "initials"
    if len(words) <= 3 and any(normalise_status(text)):
        return "status"
    if stream_tables.is_numeric(text):
        return "number"
    if len(words) <= 5 and len(text) <= MAX_DATE_CHARS and parse_date(text).date is not None and re.search(r"\d", text):
        return "date"
    return "prose" if len(words) >= 6 else "short"


def _column_kind(cells: list[str]) -> str | None:
    """The kind most of a column's filled cells share (two thirds), else None."""
    kinds = [cell_kind(cell) for cell in cells if cell]
    if not kinds:
        return None
    kind, count = Counter(kinds).most_common(1)[0]
    return kind if count >= 2 / 3 * len(kinds) else None


def first_row_is_data(rows: list[list[str]]) -> bool:
    """No header row is printed: the first row names no column we know, and holds, column by
    column, what the rows below hold (an action, an owner's initials, a status word), where a
    header row holds short labels."""
    first = rows[0]
    if key_value_grid(rows):
        return True
    if header_fields(first) or len(rows) < 2:
        return False
    agree = 0
    for index, cell in enumerate(first):
        kind = _column_kind([row[index] for row in rows[1:] if index < len(row)])
        if kind is None or kind == "short" or (kind == "prose" and len(cell.split()) >= 3):
            continue  # a short action over longer ones proves nothing either way
        if cell_kind(cell) != kind:
            return False
        # a cell of money or figures in thousands is never a column's name (a year may be): it decides
        agree += 2 if kind == "number" and AMOUNT_RE.search(cell) else kind in DISTINCTIVE_KINDS
    return agree >= 2


AMOUNT_RE = re.compile(r"[£$€]\s?\d|\d,\d{3}\b")


def key_value_grid(rows: list[list[str]]) -> bool:
    """A grid of label | value rows, one run of labels per item ('Action | Review the tenancy agreement', 'Lead |
    Allotments Officer', 'Deadline | ...', then 'Action | ...' again): its first row is the first item's first
    label, no header. The first row's first cell comes again at the head of a later run with other words beside
    it (a header printed again carries its whole row), and the first column holds a few labels, each at least twice."""
    keys = [" ".join(row[0].split()).lower() if row else "" for row in rows]
    if len(rows) < 4 or not keys[0] or any(len(row) != 2 for row in rows):
        return False
    again = [index for index in range(1, len(rows)) if keys[index] == keys[0] and rows[index][1] != rows[0][1]]
    labels = set(keys)
    return (
        bool(again)
        and "" not in labels
        and len(labels) * 2 <= len(rows)
        and all(keys.count(label) >= 2 for label in labels)
        and all(len(label.split()) <= 4 for label in labels)
    )


UNIT_RE = re.compile(r"\(?(?:[£$€](?:\s*(?:m|k|bn|'?000'?s?))?|%|'?000'?s|nos?\.?|number|m|k)\)?", re.I)


def is_unit_row(row: list[str], header: list[str]) -> bool:
    """A row of units under the header ('£m', '%', "£'000s") belongs to the header: 'Annual exposure £m'."""
    filled = [index for index, cell in enumerate(row) if cell]
    return (
        bool(filled)
        and len(row) == len(header)
        and all(UNIT_RE.fullmatch(row[index].replace(" ", "")) and header[index] for index in filled)
    )


MAX_GROUPED_NAME_WORDS = 6  # words of a column's name under a group's name
PERIOD_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")  # a year in a period column's name ('31 March 2024 £', '2023/24')


def grouped_header(top: list[str], under: list[str], top_boxes: list, under_boxes: list) -> list[str] | None:
    """A header on two rows whose top row names a group of period columns in one merged cell ('Year ending'
    over '31 March 2024 £' | '31 March 2025 £', as accounting statements print two years' figures): the names
    joined column by column, the group's name before each of its columns (README: multi-row headers joined with
    a space). A column outside the groups is named once, in a cell merged down over both rows. Groups of other
    columns ('Agreed?' over 'Yes' | 'No') are left to :func:`_header_goes_on` and :func:`spread_group_names`.
    ``*_boxes``: pdfplumber's cell boxes, None where a merged cell covers the place. None: not such a header."""
    width = len(top)
    if not (width == len(under) == len(top_boxes) == len(under_boxes)):
        return None
    group_of = _merged_group_of(top_boxes)
    grouped = {index for index in range(width) if group_of.count(group_of[index]) > 1}
    if not grouped or not all(top[group_of[index]] for index in grouped):
        return None
    for index in range(width):
        name = under[index]
        if index in grouped and (
            not name
            or under_boxes[index] is None
            or len(name.split()) > MAX_GROUPED_NAME_WORDS
            or not (PERIOD_YEAR_RE.search(name) or _figure_name_under_a_group(name, len(grouped) < width))
        ):
            return None
        if index not in grouped and name and under_boxes[index] is not None:
            return None
    return [
        join_cells(top[group_of[index]], under[index]) if index in grouped else top[index] for index in range(width)
    ]


# the figures a scorecard, a budget monitor or a risk register prints under a period's or a stage's name
GROUPED_FIGURE_NAMES = frozenset(
    {
        "target",
        "actual",
        "actuals",
        "budget",
        "forecast",
        "variance",
        "outturn",
        "spend",
        "profile",
        "estimate",
        "projection",
        "baseline",
        "result",
        "likelihood",
        "impact",
        "probability",
        "score",
        "rating",
        "rag",
        "l",
        "i",
        "p",
        "s",
    }
)
GROUPED_FIGURE_NAME_RE = re.compile(
    r"(?:(?:revised|original|approved|current|latest|annual|full year|ytd|forecast|risk)\s)?(?P<name>[a-z]+)"
    r"(?:\s(?:£\s?(?:000|'000|k|m)s?|\(£\s?(?:000|'000|k|m)s?\)|%|\(%\)|\(1-5\)|\(x\)))?"
)


def _figure_name_under_a_group(name: str, beside_named_columns: bool) -> bool:
    """A figure's column name under a group's merged cell ('Q3 2025/26' over 'Target' | 'Actual', 'Inherent risk'
    over 'L' | 'I' | 'Score', 'Year to date £000' over 'Budget' | 'Actual' | 'Variance'), in a header where some
    column is named outside the groups (merged down over both rows), as a scorecard, a budget monitor or a risk
    register prints it. Other names under a group ('N' | '% Pos' under a year, a statistics table's sub-columns)
    are left as printed: the cells of the expected tables of ``eval-tables`` keep such headers on two rows."""
    match = GROUPED_FIGURE_NAME_RE.fullmatch(" ".join(name.lower().split()))
    return beside_named_columns and match is not None and match["name"] in GROUPED_FIGURE_NAMES


def _merged_group_of(top_boxes: list) -> list[int]:
    """For each column, the column whose top cell covers it: itself, or the cell merged to the right over it
    (pdfplumber leaves a covered place's box None)."""
    group_of = list(range(len(top_boxes)))
    for index in range(1, len(top_boxes)):
        if top_boxes[index] is None:
            group_of[index] = group_of[index - 1]
    return group_of


def spread_group_names(top: list[str], top_boxes: list) -> list[str]:
    """The top header row with a cell merged over several columns given to each column it covers, so that
    joined to the row under it the group's name stands in front of each column's name ('Agreed?' over
    'Yes' | 'No*' -> 'Agreed? Yes' | 'Agreed? No*'; README: multi-row headers joined with a space)."""
    if len(top_boxes) != len(top):
        return top
    return [top[group] for group in _merged_group_of(top_boxes)]


def _header_goes_on(top: list[str], under: list[str]) -> bool:
    """The row under the header is more of it (a header set on two rows: 'Target' over 'date',
    a group label over 'Owner | Deadline'): short labels only, and joined the header names more
    action-plan columns than alone."""
    if len(top) != len(under) or not any(under):
        return False
    if any(
        len(cell.split()) > 3
        or (
            cell_kind(cell) not in ("short", "empty", "initials")
            and not _is_column_name(cell)
            and normalise_header(cell) not in DATE_VERSIONS  # 'Target date' over 'Original' | 'New'
        )
        for cell in under
    ):
        return False  # ('Commence' | 'Complete by' read as status words are still column names)
    joined = [join_cells(a, b) for a, b in zip(top, under, strict=True)]
    if len(header_fields(joined)) > len(header_fields(top)):
        return True
    # each label under the header completes a column's name ('Action' over 'point', 'Lead' over 'officer')
    return all(not b or _is_column_name(cell) for cell, b in zip(joined, under, strict=True))


def _is_column_name(cell: str) -> bool:
    return any(name in COLUMN_NAMES for name in _header_names(cell))


def _lone_log_row(row: list[str]) -> bool:
    """A one-row grid that reads as a row of a log: an action and its owner or status."""
    kinds = [cell_kind(cell) for cell in row]
    return any(len(cell.split()) >= 3 for cell in row) and bool({"initials", "status", "date"} & set(kinds))


def _text_column(rows: list[list[str]]) -> int | None:
    """The one column holding all the text of a grid of two or more columns (a list of records
    set in a ruled grid with an unused numbering column), else None."""
    if max(len(row) for row in rows) < 2:
        return None
    columns = {index for row in rows for index, cell in enumerate(row) if cell}
    return columns.pop() if len(columns) == 1 else None


DONE_MARK_RE = re.compile(r"[xX]")  # a box crossed as done in a 'Done?' column
DONE_HEADER_RE = re.compile(r"(?:done|closed|complete|completed|actioned|achieved|delivered)\s*\??", re.I)
ROW_NUMBER_RE = re.compile(r"[A-Z]{0,3}\d{1,3}(?:[./]\d{1,3})*[.)]?")
MILESTONE_RE = re.compile(r"(?:key\s+|target\s+)?milestones?", re.I)


def table_fields(header: list[str], rows: list[list[str]], *, captioned: bool = False) -> dict[int, str]:
    """Column index -> action-plan field: by header name, or, for a table printed without a header
    row, by what the columns hold: the action is the column of longest text, the owner a column
    of initials, the status a column of status words, the deadline a column of dates. ``captioned``: the
    table's caption names actions, so an 'Issue' column may be them."""
    if header:
        fields = header_fields(header)
        _numbers_under_action(header, rows, fields)
        _by_column_as_deadline(header, rows, fields)
        _target_values_not_deadline(header, rows, fields)
        _milestone_as_action(header, rows, fields)
        _item_text_as_action(header, rows, fields)
        _steps_as_action(header, rows, fields)
        _text_as_action(header, rows, fields, captioned)
        # the rows' numbers named for what the rows are ('Finding ID', 'Risk ref'), left of an action found by its text
        _numbered_name_as_action_no([_header_names(cell) for cell in header], fields)
        _prose_not_action_no(rows, fields)
        _drop_ranking_theme(rows, fields)
        if "status" not in fields.values():
            for index, cell in enumerate(header):
                column = [row[index] for row in rows if index < len(row) and row[index]]
                named = index not in fields and DONE_HEADER_RE.fullmatch(cell.strip())
                done = [done_status(text) or DONE_MARK_RE.fullmatch(text.strip()) for text in column]
                if named and column and all(done):
                    fields[index] = "status"  # 'Done?' over Yes / No, 'Closed' over the dates closed
                    break
        _closing_column_as_status(header, fields)
        if "action_no" not in fields.values() and 0 not in fields and not header[0].strip():
            numbers = [row[0] for row in rows if row and row[0]]
            if len(numbers) >= 2 and all(ROW_NUMBER_RE.fullmatch(cell.strip()) for cell in numbers):
                fields[0] = "action_no"  # the rows' numbers alone in an unnamed column far left
        if "end_date" not in fields.values():
            for index, cell in enumerate(header):
                if index not in fields and MILESTONE_RE.fullmatch(cell.strip()) and _mostly_dates(rows, index):
                    fields[index] = "end_date"  # a 'Milestone' column holding dates is the deadline
                    break
        _date_after_lead(header, rows, fields)
        _year_column_as_deadline(header, rows, fields)
        return dict(sorted(fields.items()))
    width = max((len(row) for row in rows), default=0)
    kinds = {index: _column_kind([row[index] for row in rows if index < len(row)]) for index in range(width)}
    mapping: dict[int, str] = {}
    for kind, field in (("initials", "named_lead"), ("status", "status"), ("date", "end_date")):
        columns = [index for index, found in kinds.items() if found == kind]
        if len(columns) == 1:
            mapping[columns[0]] = field
    words = {
        index: sum(len(row[index].split()) for row in rows if index < len(row)) / max(len(rows), 1)
        for index in range(width)
        if index not in mapping
    }
    if mapping and words and max(words.values()) >= 3:
        mapping[max(words, key=lambda index: words[index])] = "action"
    return mapping


# a column named for a row's closing ('Closed (minutes reference)', 'Date closed'), or for its completion beside the
# deadline ('Target Date | Completion Date', 'Target date | ... | Date of completion and outcome'): blank until done
CLOSING_NAME_RE = re.compile(r"closed|date closed|closure date|date of closure")
COMPLETION_NAME_RE = re.compile(
    r"(?:completion date|date of completion|date completed|completed date)(?: and outcomes?)?"
)


def _closing_column_as_status(header: list[str], fields: dict[int, str]) -> None:
    """Where no column is the status, one named for when a row was closed or completed is (gold README conventions,
    training/read_headers.py: 'a Closed date column'): its cells are blank while the row is open and say when, or
    how, it closed. A completion date is the status only beside another column read as the deadline (alone, 'Completion
    date' is when a row is due); an 'and outcome' side read as the outcome gives way (issue #5, stop 68)."""
    if "status" in fields.values():
        return
    for index, cell in enumerate(header):
        if fields.get(index) not in (None, "outcome"):
            continue
        names = [_printed_name(cell), *_name_before_note(cell)]
        closing = any(CLOSING_NAME_RE.fullmatch(name) for name in names)
        completion = "end_date" in fields.values() and any(COMPLETION_NAME_RE.fullmatch(name) for name in names)
        if closing or completion:
            fields[index] = "status"
            return


def _prose_not_action_no(rows: list[list[str]], fields: dict[int, str]) -> None:
    """A column taken for the rows' numbers by its name ('Item to be rectified', a RAID log's 'Item') that holds
    sentences ('Care plans do not reflect current moving and handling needs'): what each row is about, no number
    (issue #5, stop 68); the column is left unnamed, its cells kept in the row's extra."""
    number = _first_column(fields, "action_no")
    if number is None:
        return
    cells = [row[number] for row in rows if number < len(row) and row[number].strip()]
    if len(cells) >= 2 and _column_kind(cells) == "prose":
        del fields[number]


MIN_STEP_SHARE = 2 / 3  # of a column's filled cells, steps, for the column to be the actions by what it holds
WHEN_OR_HOW_FAR = {"end_date", "start_date", "status", "rag", "progress"}


def _step_column(rows: list[list[str]], candidates: list[int]) -> int | None:
    """The one column among ``candidates`` whose filled cells, two or more, are mostly steps ('Develop ...', '1. To
    oversee ...', 'Clerk to obtain ...'): :func:`step_cells.is_step`."""
    found = []
    for index in candidates:
        cells = [row[index] for row in rows if index < len(row) and row[index].strip()]
        if len(cells) >= 2 and sum(is_step(cell) for cell in cells) >= MIN_STEP_SHARE * len(cells):
            found.append(index)
    return found[0] if len(found) == 1 else None


def _steps_as_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """The action by what a column holds where the header's words say little or the wrong thing (issue #5, stop 66):
    in a table naming who acts and when or how far ('By who? | By when? | Achieved?', 'Specific responsibility |
    Completed by'), a column of steps is the action whatever it is called ('Targets', 'Governor Action Area', a
    theme's 'Area of work'); where the column named 'Action' holds only who acts ('Clerk', 'Clerk + Cllr Ashdown')
    beside a column of steps ('Item'), the named column is the lead and the steps the action."""
    unnamed = [index for index in range(len(header)) if index not in fields]
    action = _first_column(fields, "action")
    if action is not None:
        cells = [row[action] for row in rows if action < len(row) and row[action].strip()]
        owners = len(cells) >= 2 and all(names_an_owner(cell) for cell in cells)
        led = set(fields.values()) & {"named_lead", "lead_org"}
        # (only a column named for the action, as a parish's 'Action: Clerk' is: one naming the rows, 'Phase name'
        # over 'Survey' | 'Planting', holds the rows' names, however short)
        named_action = ACTION_NAME_RE.fullmatch(normalise_header(header[action]).rstrip(".: ")) is not None
        steps = _step_column(rows, unnamed) if owners and not led and named_action else None
        if steps is not None:
            fields[action], fields[steps] = "named_lead", "action"
        return
    named = set(fields.values())
    if not named & {"named_lead", "lead_org"} or not named & WHEN_OR_HOW_FAR:
        return
    # (a column read as the theme by its name, 'Area of work', holding steps: the rows' own steps, no heading; not one
    # printed once over the rows under it, blank beside them, as a strategy's priorities are: 'Break supply chains')
    themes = [index for index, field in fields.items() if field == "theme" and _filled_on_every_row(rows, index)]
    steps = _step_column(rows, unnamed + themes)
    if steps is not None:
        fields[steps] = "action"


def _filled_on_every_row(rows: list[list[str]], index: int) -> bool:
    return all(index < len(row) and row[index].strip() for row in rows)


def _milestone_as_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'ID | Milestone | Owner | Due Date | Status': where no column is named as the action, a 'Milestone' column
    not holding dates holds the plan's rows (gold README stop 23: milestones are action-plan rows), in a table naming
    an owner or a deadline; a 'Milestone' column of dates beside the actions is their deadline (below)."""
    if "action" in fields.values() or not set(fields.values()) & {"named_lead", "lead_org", "end_date"}:
        return
    for index, cell in enumerate(header):
        if index not in fields and MILESTONE_RE.fullmatch(cell.strip()) and not _mostly_dates(rows, index):
            fields[index] = "action"
            return


def _item_text_as_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Item | Owner | Due Date | Status' (an incident review's action items): an 'Item' column read as the rows'
    number, in a table naming an owner and a deadline or status and no action, is the action unless its cells are
    numbers ('1', '3.2', 'A4')."""
    named = set(fields.values())
    if "action" in named or not named & {"named_lead", "lead_org"} or not named & {"end_date", "status"}:
        return
    column = _first_column(fields, "action_no")
    if column is None or normalise_header(header[column]).rstrip(".: ") not in ITEM_NAMES:
        return
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    if not any(ACTION_ID_RE.fullmatch(cell) for cell in cells):
        fields[column] = "action"


def _mostly_dates(rows: list[list[str]], index: int) -> bool:
    """Two thirds or more of the column's filled cells are short dates."""
    column = [row[index] for row in rows if index < len(row) and row[index]]
    dated = sum(len(text.split()) <= 6 and deadline(text, None).date is not None for text in column)
    return bool(column) and dated >= 2 / 3 * len(column)


def _date_after_lead(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Recommendation | Lead member | Lead officer | Date | Status': a bare 'Date' column right of the action and
    its lead, holding dates, in a table naming no deadline, is the deadline (left of them it is the date raised;
    a bare 'Date' is no deadline by name alone)."""
    if "end_date" in fields.values():
        return
    action = _field_column(fields, "action")
    lead = _field_column(fields, "named_lead", "lead_org")
    if action is None or lead is None:
        return
    for index, cell in enumerate(header):
        if index > max(action, lead) and index not in fields and normalise_header(cell) == "date":
            if _mostly_dates(rows, index):
                fields[index] = "end_date"
            return


# a column named for the year a row is to be done in ('Year', 'Relevant FY', 'Year to Action', 'Financial year')
YEAR_COLUMN_RE = re.compile(r"(?:(?:relevant|financial|target|delivery)\s)?(?:year|fy)(?:\s(?:to action|due))?")
# what such a column holds: financial years ('16/17', '2024/25'), years ('2026', '2025-26') or no year ('On-going')
YEAR_CELL_RE = re.compile(r"(?:(?:19|20)?\d{2}/(?:19|20)?\d{2}|(?:19|20)\d{2}(?:-\d{2,4})?|on-?going)", re.I)


def _year_column_as_deadline(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Item | Relevant FY | Action | Progress %', 'Who | Actions | Year to Action': in a plan naming no deadline, a
    column named for the year its rows are to be done in, holding financial years or years ('16/17', '2026') or
    'On-going', is the deadline (a year-only timescale, gold README; issue #5, stop 68)."""
    if "end_date" in fields.values() or "action" not in fields.values():
        return
    for index, cell in enumerate(header):
        if index in fields or not YEAR_COLUMN_RE.fullmatch(_printed_name(cell)):
            continue
        cells = [row[index].strip() for row in rows if index < len(row) and row[index].strip()]
        if cells and sum(bool(YEAR_CELL_RE.fullmatch(text)) for text in cells) >= 2 / 3 * len(cells):
            fields[index] = "end_date"
            return


def _by_column_as_deadline(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Issue | Lead | By': a 'By' column (a name for the owner) holding dates, beside the owner's own column,
    is the deadline."""
    if "end_date" in fields.values() or "named_lead" not in fields.values():
        return
    for index, cell in enumerate(header):
        if index not in fields and normalise_header(cell) in ("by", "by when") and _mostly_dates(rows, index):
            fields[index] = "end_date"
            return


# a target value as a plan or KPI table prints it: '95%', '1,200', '£2.5m', '< 8.5', '20 days', '4 per month'
TARGET_VALUE_RE = re.compile(  # (from a value's start: a search from each space of a long run read the run again)
    r"(?<![\s<>≤≥])[<>≤≥]?\s*+[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|[km]\b|bn\b)?(?:\s+(?:days?|weeks?|hours?|minutes?|per\s+\w+|"
    r"homes?|trees?|people|places|sessions|visits|households|vehicles))?",
    re.I,
)


MIN_TARGET_SENTENCE_WORDS = 4  # a target written out ('Plant a native hedge along the fence'), not a date


def _target_values_not_deadline(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """A bare 'Target' column read as the deadline by name whose cells are values or sentences, not dates ('95%',
    '1,200', '20 days': a KPI table's or a plan's target value; 'Target 1: Plant a native hedge': a target set out),
    is no deadline: every filled cell a value or a sentence and none a date. A column named for the deadline after it
    ('By when?') is the deadline then."""
    for index, field in list(fields.items()):
        if field != "end_date" or normalise_header(header[index]).rstrip(":s") != "target":
            continue
        column = [row[index].strip() for row in rows if index < len(row) and row[index].strip()]
        undated = [
            (TARGET_VALUE_RE.fullmatch(cell) is not None or len(cell.split()) >= MIN_TARGET_SENTENCE_WORDS)
            and deadline(cell, None).date is None
            for cell in column
        ]
        if column and all(undated):
            del fields[index]
            _deadline_by_name(header, fields, besides=index)


def _deadline_by_name(header: list[str], fields: dict[int, str], besides: int) -> None:
    """The first column not yet read, other than ``besides``, whose name is a deadline's ('By when?', 'Due date'): one
    named so outright before one only inferred so ('Lead and Timescale')."""
    for names_of in (_named_outright, _header_names):
        for index, cell in enumerate(header):
            named = any(name in FIELD_SYNONYMS["end_date"] for name in names_of(cell))
            if index not in fields and index != besides and named:
                fields[index] = "end_date"
                return


# columns of measures, risks, evidence or resources, not of actions, however long their text
NOT_ACTION_RE = re.compile(
    r"\b(?:indicators?|measures?|kpis?|pis?|risks?|hazards?|issues?|targets?|metrics?|evidence|resources?|resourcing"
    r"|budgets?|costs?|funding)\b",
    re.I,
)
MIN_ACTION_WORDS = 3.0  # mean words of a column read as the actions


def _mean_words(rows: list[list[str]], index: int) -> float:
    cells = [row[index] for row in rows if index < len(row) and row[index]]
    return sum(len(cell.split()) for cell in cells) / len(cells) if cells else 0.0


# an action's number as logs print it: 'A12', 'LB3', 'TB3/04', 'WG/21', '2013/07', '01.05'
ACTION_ID_RE = re.compile(r"[A-Z]{0,4}[/-]?\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?[.)]?")


def _numbers_under_action(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    """'Action' over the actions' numbers ('LB1', 'TB3/04') beside a column of their text ('Description',
    'Detail'): the named column is the number, the column of longest text the action."""
    column = _first_column(fields, "action")
    if column is None or "action_no" in fields.values():
        return
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    if len(cells) < 2 or not all(ACTION_ID_RE.fullmatch(cell) for cell in cells):
        return
    words = {
        index: _mean_words(rows, index)
        for index in range(len(header))
        if index not in fields and not NOT_ACTION_RE.search(header[index])
    }
    best = max(words, key=lambda index: words[index], default=None)
    if best is not None and words[best] >= MIN_ACTION_WORDS:
        fields[column], fields[best] = "action_no", "action"


# a section-style number opening an action cell ('1.2 Develop ...', '3.1.4 Agree ...', '4. Publish ...')
LEADING_NUMBER_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?|\d{1,2}(?=[.)]))[.)]?\s+(?=[A-Z])")


def _numbered_actions(rows: list[list[str]], fields: dict[int, str]) -> bool:
    """Whether every action cell (two or more) opens with its number, in a table with no number column."""
    column = _first_column(fields, "action")
    if column is None:
        return False
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return len(cells) >= 2 and all(LEADING_NUMBER_RE.match(cell) for cell in cells)


def _text_as_action(header: list[str], rows: list[list[str]], fields: dict[int, str], captioned: bool = False) -> None:
    """Where no column is named as the action: a reference column of sentences ('Resolution') is
    the action; else, with an owner column and a date, status or rating column named, the unnamed column
    of longest text ('Title of action', 'Item', 'Milestone') is."""
    if "action" in fields.values():
        return
    number = _first_column(fields, "action_no")
    if number is not None and _mean_words(rows, number) >= 2 * MIN_ACTION_WORDS:
        fields[number] = "action"
        return
    named = set(fields.values())
    if not named & {"named_lead", "lead_org"} or not named & {"end_date", "start_date", "status", "rag"}:
        return
    words = {
        index: _mean_words(rows, index)
        for index in range(len(header))
        if index not in fields
        and not _names_another_field(header[index])
        and not _describes_a_record(header, index)
        and (
            not NOT_ACTION_RE.search(header[index])
            or captioned
            and ISSUE_NAME_RE.fullmatch(normalise_header(header[index]))
        )
    }
    best = max(words, key=lambda index: words[index], default=None)
    if best is not None and words[best] >= MIN_ACTION_WORDS:
        fields[best] = "action"
        return
    # a plan of deliverables ('Ref | Deliverable | Lead | Start | End') has no other text: what it delivers is
    # what it tracks
    delivered = [index for index, field in fields.items() if field == "outcome" and _names_deliverable(header[index])]
    if delivered and _mean_words(rows, delivered[0]) >= MIN_ACTION_WORDS:
        fields[delivered[0]] = "action"


def _describes_a_record(header: list[str], index: int) -> bool:
    """A 'Description' of a record that is no action, named left of it ('Metric / KPI | Description')."""
    if normalise_header(header[index]).rstrip(".: ") != "description":
        return False
    return _described_by([_header_names(cell) for cell in header[:index]], index) == -1


def _names_another_field(cell: str) -> bool:
    """A second column under a field's name ('Outcome' right of 'Deliverable', both outcomes): not a name of its own."""
    return any(field != "action" for field in header_fields([cell]).values())


def _names_deliverable(cell: str) -> bool:
    return normalise_header(cell).rstrip(".: ") in {
        "deliverable", "deliverables", "key deliverable", "key deliverables", "output", "outputs"
    }  # fmt: skip


# a tracker's 'Priority' column ranks its rows ('High', 'Medium', 'Low'): no theme they fall under
# a rank, not an area: a level ('High', 'M'), a work plan's letter grade ('A' critical, 'B' important, 'C' normal) or a
# colour (an audit tracker's Red / Amber / Green priorities rate the finding's risk, not the action's progress)
PRIORITY_LEVEL_RE = re.compile(
    r"(?:very\s+)?(?:high|medium|med|low|critical|urgent|important|normal)|red|amber|green|[HMLRGA-D]", re.I
)


def _drop_ranking_theme(rows: list[list[str]], fields: dict[int, str]) -> None:
    column = _field_column(fields, "theme")
    cells = [row[column].strip() for row in rows if column is not None and column < len(row) and row[column].strip()]
    if cells and all(PRIORITY_LEVEL_RE.fullmatch(cell) for cell in cells):
        del fields[column]


def _first_column(fields: dict[int, str], name: str) -> int | None:
    """The first column given ``name``, in the order the fields were found."""
    return next((index for index, field in fields.items() if field == name), None)


def _field_column(fields: dict[int, str], *names: str) -> int | None:
    by_field = {field: index for index, field in fields.items()}
    return next((by_field[name] for name in names if name in by_field), None)


def shaded_status_column(header: list[str]) -> int | None:
    """The column whose shading carries RAG: Status, else Progress / Update."""
    return _field_column(header_fields(header), "rag", "status", "progress")
