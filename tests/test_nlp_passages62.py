"""Stop 62: actions in running minutes of bodies no gold holds (training/actions_check.jsonl, the actions of
orgs_check.jsonl's runs labelled blind by four readers), and the rules its design split and drawn_design.jsonl's folds
1-4 showed missing: named members' standing promises ("has once again agreed to"), a club's "Derek C", a parish's
"(535/99) AGREED to", "Resolved The Minutes …", US boards' motions ("Moved by X, supported by Y to …", "On a motion by
X, seconded by Y, the Board approved …", "A motion was made by X to …"), "It was agreed that Martin would …" owned by
Martin, "The Clerk was to write …", members' proposals ("Cllr A proposed, seconded by Cllr B, that the Clerk obtain
…": the Clerk owns it, never its mover; a suggestion naming nobody to act is its member's) and a numbered paragraph
run on after a stop ("… budget. 3.2 It was agreed …").

Each case is read as a one-line page of minutes, as training/read_drawn.py reads the drawn sentences.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from agendaparse.models import AgendaItem, Provenance
from agendaparse.nlp import build_nlp, find_actions
from agendaparse.nlp.paragraphs import split_sentences

TRAINING = Path(__file__).resolve().parents[1] / "training"
KINDS = {"action", "resolution", "request", "proposal", "decision", "commitment", "recommendation"}


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 (a spaCy Language)
    return build_nlp()


def training_script(name: str):  # noqa: ANN201 (the module)
    spec = importlib.util.spec_from_file_location(name, TRAINING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


READ_DRAWN = training_script("read_drawn")


def read(nlp, text: str) -> list[tuple[str, list[str], str]]:  # noqa: ANN001
    """What the pass finds in ``text`` read as read_drawn.py reads a drawn sentence: a one-line page of minutes."""
    item = AgendaItem(
        number="5", title="Matters arising", kind="minutes", provenance=Provenance(document="d", page=1, method="read")
    )
    page = READ_DRAWN.one_line_page(text)
    found = find_actions(nlp, [page], [item], "d", READ_DRAWN.MEETING)
    return [(action.text, action.owners, action.kind) for action in found]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Roger Hume has once again agreed to help with the draw for the singles knockout.", ["Roger Hume"]),
        ("Peter McAndrew has agreed to become Vice Captain for 2017/18.", ["Peter McAndrew"]),
        ("Derek C has agreed to referee and report on the match.", ["Derek C"]),
        ("Derek C will post details at the beginning of June.", ["Derek C"]),
        ("Jack O to get timber price from Sage", ["Jack O"]),
        ("It was agreed that Martin would produce a 3 monthly finance report.", ["Martin"]),
        ("The Clerk was to write to the council about the bins.", ["The Clerk"]),
        ("The Clerk was told to order two more grit bins.", ["The Clerk"]),
        ("Doug and Gordon were to check the invoices after the meeting.", ["Doug", "Gordon"]),
        ("Irene is taking over the bookings from Malcolm, and Malcolm will show her the diary next week.", ["Malcolm"]),
    ],
)
def test_members_steps_are_actions_they_own(nlp, text: str, owners: list[str]) -> None:  # noqa: ANN001
    found = read(nlp, text)
    assert len(found) == 1 and found[0][1] == owners, found


@pytest.mark.parametrize(
    "text",
    [
        "(535/99) AGREED to make following comments to Highways Agency: the lights should be switched on.",
        "(336/99) AGREED that concrete bollards set back from the carriageway would be the best solution",
        "Resolved The Minutes of the Ordinary Council meeting of 21 January 2025 were accepted as a true record.",
        "Moved by Greg Tolliver, supported by Michelle Voss to approve the payment of the bills.",
        "On a motion by Betsy Barlow, seconded by Kay Jensen, the Board unanimously approved the grant application.",
        "A motion was made by Sedlak to approve the bills as listed on the agenda.",
        "Rita Swenson made a motion we purchase these chairs.",
        "It was moved and seconded by Commissioners Andersen/Buckley to adopt Planning Commission Resolution 96-027.",
    ],
)
def test_decisions_and_motions_are_read(nlp, text: str) -> None:  # noqa: ANN001
    found = read(nlp, text)
    assert len(found) == 1 and found[0][2] in ("decision", "resolution"), found


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "Cllr Penhale proposed, seconded by Cllr Ormsby, that the Clerk obtain three quotes for the fence.",
            ["Clerk"],
        ),
        ("Cllr Penhale proposed that the hall be booked for the summer fete, seconded by Cllr Ormsby.", []),
        ("TW suggested Ida Marsh be invited to the next meeting to update members on the play area.", ["TW"]),
        ("The Chair then proposed establishing a working party to look at the allotment rules.", []),
        ("She suggested that the survey should be repeated next spring.", []),
    ],
)
def test_members_proposals_owned_by_who_acts_never_the_mover(nlp, text: str, owners: list[str]) -> None:  # noqa: ANN001
    found = read(nlp, text)
    assert [(kind, action_owners) for _, action_owners, kind in found] == [("proposal", owners)], found


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Cllr Penhale proposed that the evening had been a success.", None),  # a view, nothing to do
        ("Cllr Ormsby suggested that the figures were wrong.", None),
        ("The hedge has grown over the path and Paris will be lovely in spring.", None),
        ("The Treasurer gave her report, which will be placed on file for future audit.", None),
        ("The Clerk will circulate the audit report, which will be placed on file.", ["The Clerk"]),
        ("Cllr Smith was to have attended but sent apologies.", None),  # what did not happen: no step
        ("It was agreed that Paris would be the venue for the next meeting.", []),  # a place, no one to act
    ],
)
def test_what_is_no_step_or_no_owner(nlp, text: str, owners: list[str] | None) -> None:  # noqa: ANN001
    found = read(nlp, text)
    assert (not found) if owners is None else [action[1] for action in found] == [owners], found


def test_a_numbered_paragraph_run_on_after_a_stop_starts_a_sentence() -> None:
    text = "Martin gave a verbal report on the budget. 3.2 It was agreed that Martin would produce a finance report."
    assert split_sentences(text) == [
        "Martin gave a verbal report on the budget.",
        "3.2 It was agreed that Martin would produce a finance report.",
    ]
    # a figure after a stop is no paragraph's number
    assert len(split_sentences("Spending was 3.2 million. 4.5 million is planned for next year.")) == 1


def records(name: str) -> list[dict]:
    return [json.loads(line) for line in (TRAINING / f"{name}.jsonl").read_text().splitlines() if line.strip()]


def test_actions_set_labels_every_run_of_the_orgs_set_once() -> None:
    runs = records("orgs_check")
    labels = records("actions_check")
    assert [label["id"] for label in labels] == [run["id"] for run in runs]
    by_id = {run["id"]: run for run in runs}
    for label in labels:
        run = by_id[label["id"]]
        assert set(label) == {"id", "split", "reader", "actions"} and label["split"] == run["split"], label["id"]
        assert run["id"] == hashlib.sha1(run["text"].encode()).hexdigest()[:12]
        printed = " ".join(run["text"].split())
        for action in label["actions"]:
            assert set(action) == {"text", "owners", "kind", "tier", "due_text"}, (label["id"], action)
            assert action["kind"] in KINDS and action["tier"] in ("core", "borderline"), (label["id"], action)
            assert " ".join(action["text"].split()) in printed, (label["id"], action["text"])
            assert action["due_text"] is None or " ".join(action["due_text"].split()) in printed, label["id"]
            assert isinstance(action["owners"], list) and all(isinstance(o, str) and o for o in action["owners"])


def test_read_sets_reads_a_bodys_runs_as_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    """A body's runs are its document's pages, in order; the design split's misses are listed, the check split's
    never."""
    module = training_script("read_sets")
    runs = {run["id"]: run for run in records("orgs_check")}
    labels = records("actions_check")
    module.read_actions(labels, runs, misses=True)
    out = capsys.readouterr().out.splitlines()
    figures = [line for line in out if " actions: " in line]
    assert [line.split()[0] for line in figures] == ["design", "check"]
    check_bodies = {run["body"] for run in runs.values() if run["split"] == "check"}
    listed = [line for line in out if line.startswith(("  MISSED", "  FALSE", "  OWNER", "  DUE"))]
    assert listed and not any(f"[{body}]" in line for line in listed for body in check_bodies)
    page = module.page_of_text("word " * 60, 3)
    assert page.number == 3 and len(page.lines) > 1 and all(len(line.text) <= 95 for line in page.lines)
