"""The blind-labelled sets of people, organisations, document headings and first pages read through the real stages.

    python training/read_sets.py                      # figures of every set, each split
    python training/read_sets.py --misses             # and the design split's misses and false hits, to design from
    python training/read_sets.py --agreement          # how often a second reader gave the first pages' labels

training/orgs_check.jsonl holds runs of minutes sentences with the people and organisations they name;
training/headings_check.jsonl holds the heading blocks of minutes and agendas with their body, committee, meeting
date and document type (both stop 53); training/first_pages.jsonl holds the first pages of UK minutes and agendas,
from the top down past their first numbered items, with the same four facts and the items the lines head (stop 55);
training/first_pages_design2.jsonl (stop 65) holds 80 more first pages of 65 further bodies in one split, "design2",
studied like the design split (its misses are listed) to write rules that generalise beyond the first design split;
training/actions_design2.jsonl (stop 66) holds 60 runs of UK local-government minutes of 27 further bodies with their
actions, read as the split "design2" of the actions figures (its misses listed likewise); training/actions_design3.jsonl
(stop 67) holds 50 runs of the printed committee minutes of 30 further principal councils, fire authorities, police and
crime panels and a combined authority, read likewise as the split "design3".
All come from the published pages of bodies no gold, suite or other training set holds, labelled by reading only,
and are split by body: the design split may be studied, the check split is never designed from (its misses are never
listed). Names, facts and items compare as `agendaparse eval` compares them.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import textwrap
from itertools import groupby
from pathlib import Path

from spacy.language import Language

from agendaparse.evaluate import (
    JACCARD_MIN,
    document_field_equal,
    jaccard,
    norm_name,
    norm_text,
    pair_greedy,
    score_actions,
    score_agenda_items,
)
from agendaparse.nlp import build_nlp, expand_owner_surnames, find_actions, find_mentions, merge_person_aliases
from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import agenda_items, document_facts, minutes_items

HERE = Path(__file__).parent
ORGS = HERE / "orgs_check.jsonl"
HEADINGS = HERE / "headings_check.jsonl"
ACTIONS = HERE / "actions_check.jsonl"
ACTIONS_DESIGN2 = HERE / "actions_design2.jsonl"
ACTIONS_DESIGN3 = HERE / "actions_design3.jsonl"
FIRST_PAGES = HERE / "first_pages.jsonl"
FIRST_PAGES_SECOND = HERE / "first_pages_second.jsonl"
FIRST_PAGES_DESIGN2 = HERE / "first_pages_design2.jsonl"
SPLITS = ("design", "check")
STUDIED = ("design", "design2")
FACTS = ("body", "committee", "meeting_date", "doc_type")


def page_of_lines(lines: list[str]) -> PageLayout:
    """A page printing ``lines`` one under another at the left margin, in 10-point type."""
    laid = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(lines)
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)


def page_of_text(text: str, number: int) -> PageLayout:
    """Page ``number`` printing ``text`` as running prose, wrapped at 95 characters in 10-point type."""
    return dataclasses.replace(page_of_lines(textwrap.wrap(text, 95)), number=number)


def names_found(text: str) -> tuple[set[str], set[str]]:
    """(people, organisations) the NLP pass names in ``text`` read as one paragraph, normalised."""
    mentions = merge_person_aliases(find_mentions([page_of_lines([text])], "d"))
    people = {norm_name(m.name) for m in mentions if m.kind == "person"} - {""}
    organisations = {norm_name(m.name) for m in mentions if m.kind == "organisation"} - {""}
    return people, organisations


def prf(found: int, gold: int, predicted: int) -> str:
    precision = found / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"precision {100 * precision:.1f}, recall {100 * recall:.1f}, F1 {100 * f1:.1f} ({found}/{gold} gold)"


def read_orgs(records: list[dict], misses: bool) -> None:
    for split in SPLITS:
        part = [record for record in records if record["split"] == split]
        counts = {"people": [0, 0, 0], "organisations": [0, 0, 0]}
        for record in part:
            found = dict(zip(("people", "organisations"), names_found(record["text"]), strict=True))
            for field, tally in counts.items():
                gold = {norm_name(name) for name in record[field]} - {""}
                tally[0] += len(gold & found[field])
                tally[1] += len(gold)
                tally[2] += len(found[field])
                if misses and split == "design" and gold != found[field]:
                    print(f"  {field}: missed {sorted(gold - found[field])} false {sorted(found[field] - gold)}")
                    print(f"    {record['text']}")
        for field, (hits, gold, predicted) in counts.items():
            print(f"{split:>7} {field:>13}: {len(part)} records, {prf(hits, gold, predicted)}")


def read_actions(labels: list[dict], texts: dict[str, dict], misses: bool) -> None:
    """Each body's runs of minutes read as one document, a page to a run, through the segment stage's minute items and
    the whole NLP pass; its actions paired with the labelled ones as `agendaparse eval` pairs them (core actions scored,
    owners compared on the pairs, and the words that give each pair's deadline, `due_text`, as equal words). Due dates
    themselves are not scored: the runs seldom print the meeting's date."""
    nlp = build_nlp()
    for split in SPLITS:
        part = [label for label in labels if texts[label["id"]]["split"] == split]
        bodies = [
            (body, [(texts[label["id"]]["text"], label["actions"]) for label in runs])
            for body, runs in groupby(part, key=lambda label: texts[label["id"]]["body"])
        ]
        read_action_runs(nlp, split, bodies, misses and split == "design")


def read_action_design_set(records: list[dict], misses: bool, split: str = "design2") -> None:
    """training/actions_design2.jsonl (stop 66): runs of UK local-government minutes of bodies no other set, suite or
    rule was written from, each record holding its text and labels, read as the split "design2" as read_actions reads
    the others (each body's runs one document); its misses are listed with --misses, as the design split's are.
    training/actions_design3.jsonl (stop 67), principal councils' committee minutes, is read the same way as
    "design3"."""
    bodies = [
        (body, [(record["text"], record["actions"]) for record in runs])
        for body, runs in groupby(records, key=lambda record: record["body"])
    ]
    read_action_runs(build_nlp(), split, bodies, misses)


Runs = list[tuple[str, list[dict]]]


def read_action_runs(nlp: Language, split: str, bodies: list[tuple[str, Runs]], misses: bool) -> None:
    """The figures of one split: each body's runs (text, labelled actions) read as one document, a page to a run."""
    totals: dict[str, int] = {}
    for body, runs in bodies:
        pages = [page_of_text(text, number) for number, (text, _) in enumerate(runs, 1)]
        facts = dataclasses.replace(document_facts(pages), doc_type="minutes")
        found = find_actions(nlp, pages, minutes_items(pages, body), body, None, facts=facts)
        # as the extract stage resolves owners: "Sharon" is the one Sharon the minutes name in full
        people = sorted({m.name for m in find_mentions(pages, body, facts=facts) if m.kind == "person"})
        found = expand_owner_surnames(found, people)
        gold = [
            dict(action, page=number, due=action["due_text"])
            for number, (_, actions) in enumerate(runs, 1)
            for action in actions
        ]
        read = [
            {"text": action.text, "owners": action.owners, "page": action.provenance.page, "due": action.due_text}
            for action in found
        ]
        for key, value in score_actions(gold, read).items():
            totals[key] = totals.get(key, 0) + value
        if misses:
            show_action_misses(body, gold, read)
    runs_read = sum(len(runs) for _, runs in bodies)
    core = prf(totals["core_tp"], totals["core_tp"] + totals["core_fn"], totals["core_tp"] + totals["core_fp"])
    owners = 100 * totals.get("owner_ok", 0) / totals["owner_n"] if totals.get("owner_n") else 0.0
    owned, dated = totals.get("owner_n", 0), totals.get("due_n", 0)
    due = 100 * totals.get("due_ok", 0) / dated if dated else 0.0
    print(
        f"{split:>7} {'actions':>13}: {runs_read} runs, core {core}; owners {owners:.1f} of {owned}, "
        f"due words {due:.1f} of {dated}"
    )


def show_action_misses(body: str, gold: list[dict], read: list[dict]) -> None:
    """The design split's misses, false actions and wrong owners of one body, as `agendaparse eval` pairs them."""

    def overlap(g: dict, p: dict) -> float | None:
        value = jaccard(g["text"], p["text"])
        return value if value >= JACCARD_MIN else None

    pairs = pair_greedy(gold, read, overlap)
    paired_gold, paired_read = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for index, action in enumerate(gold):
        if index not in paired_gold and action.get("tier", "core") == "core":
            print(f"  MISSED [{body}] p{action['page']} {action['text']}")
    for index, action in enumerate(read):
        if index not in paired_read:
            print(f"  FALSE  [{body}] p{action['page']} {action['text']}")
    for gi, pi in pairs:
        want = {norm_name(owner) for owner in gold[gi].get("owners") or []} - {""}
        got = {norm_name(owner) for owner in read[pi]["owners"]} - {""}
        if want != got:
            print(f"  OWNER  [{body}] gold {sorted(want)} read {sorted(got)}  <- {gold[gi]['text']}")
        if (gold[gi]["due"] or read[pi]["due"]) and norm_text(gold[gi]["due"]) != norm_text(read[pi]["due"]):
            print(f"  DUE    [{body}] gold {gold[gi]['due']!r} read {read[pi]['due']!r}  <- {gold[gi]['text']}")


def read_headings(records: list[dict], misses: bool, name: str = "headings", splits: tuple[str, ...] = SPLITS) -> None:
    for split in splits:
        part = [record for record in records if record["split"] == split]
        right = dict.fromkeys(FACTS, 0)
        printed = printed_right = 0
        items = {"tp": 0, "fp": 0, "fn": 0, "title_ok": 0}
        for record in part:
            page = page_of_lines(record["lines"])
            facts = document_facts([page])
            for field in FACTS:
                value = getattr(facts, field)
                value = value.isoformat() if isinstance(value, dt.date) else value
                equal = document_field_equal(field, record[field], value)
                right[field] += equal
                if misses and split in STUDIED and not equal:
                    print(f"  {field}: gold {record[field]!r} read {value!r}  <- {' / '.join(record['lines'][:8])}")
            if body_printed(record):
                printed += 1
                printed_right += document_field_equal("body", record["body"], facts.body)
            if record.get("items") is not None:
                found = items_found(page, facts.doc_type)
                counts = score_agenda_items(record["items"], found)
                for key in items:
                    items[key] += counts[key]
                if misses and split in STUDIED and (counts["fp"] or counts["fn"]):
                    print(f"  items of {record['id']} ({record['doc_type']}, read as {facts.doc_type}):")
                    print(f"    gold {[(item['number'], item['title']) for item in record['items']]}")
                    print(f"    read {[(item['number'], item['title']) for item in found]}")
        figures = ", ".join(f"{field} {100 * right[field] / len(part):.1f}" for field in FACTS) if part else "none"
        print(f"{split:>7} {name:>13}: {len(part)} {name}, {figures}")
        if printed:
            print(f"{split:>7} {name:>13}: body {100 * printed_right / printed:.1f} of the {printed} that print it")
        if items["tp"] + items["fn"]:
            hits, gold, predicted = items["tp"], items["tp"] + items["fn"], items["tp"] + items["fp"]
            titles = 100 * items["title_ok"] / hits if hits else 0.0
            print(f"{split:>7} {name:>13}: items {prf(hits, gold, predicted)}, titles {titles:.1f}")


def items_found(page: PageLayout, doc_type: str) -> list[dict]:
    """The agenda or minute items the segment stage reads on ``page``, as `agendaparse eval` sees them: minutes
    items for minutes, the agenda list for an agenda, none for any other paper."""
    if doc_type == "minutes":
        found = minutes_items([page], "d")
    elif doc_type == "agenda_pack":
        found = agenda_items([page], "d")
    else:
        return []
    return [{"number": item.number, "title": item.title} for item in found]


def read_first_pages(records: list[dict], misses: bool) -> None:
    read_headings(records, misses, "first pages")
    if FIRST_PAGES_DESIGN2.exists():
        read_headings(load(FIRST_PAGES_DESIGN2), misses, "first pages", ("design2",))


def agreement(first: list[dict], second: list[dict]) -> None:
    """How often a second reader, blind to the first labels, gave each fact of the same pages, and the items F1 of
    one reader's items against the other's: how far a figure on the first pages can be trusted."""
    labelled = {record["id"]: record for record in first}
    same = dict.fromkeys(FACTS, 0)
    items = {"tp": 0, "fp": 0, "fn": 0, "title_ok": 0}
    for record in second:
        gold = labelled[record["id"]]
        for field in FACTS:
            same[field] += document_field_equal(field, gold[field], record[field])
        if gold["items"] is not None and record["items"] is not None:
            counts = score_agenda_items(gold["items"], record["items"])
            for key in items:
                items[key] += counts[key]
    figures = ", ".join(f"{field} {100 * same[field] / len(second):.1f}" for field in FACTS)
    print(f"second reader: {len(second)} first pages, same {figures}")
    hits = items["tp"]
    titles = 100 * items["title_ok"] / hits if hits else 0.0
    print(f"second reader: items {prf(hits, hits + items['fn'], hits + items['fp'])}, titles {titles:.1f}")


def body_printed(record: dict) -> bool:
    """The heading's lines print the body's name (the labels name a body from its site where the heading does not:
    'Town Council' over a date on the Town of Prospect's pages)."""
    return norm_name(record["body"]) in norm_name(" ".join(record["lines"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the design split's misses and false hits")
    parser.add_argument("--agreement", action="store_true", help="the second reader's labels of the first pages")
    args = parser.parse_args()
    if args.agreement:
        agreement(*(load(path) for path in (FIRST_PAGES, FIRST_PAGES_SECOND)))
        return
    for path, reader in ((ORGS, read_orgs), (HEADINGS, read_headings), (FIRST_PAGES, read_first_pages)):
        reader(load(path), args.misses)
    if ACTIONS.exists():
        read_actions(load(ACTIONS), {record["id"]: record for record in load(ORGS)}, args.misses)
    if ACTIONS_DESIGN2.exists():
        read_action_design_set(load(ACTIONS_DESIGN2), args.misses)
    if ACTIONS_DESIGN3.exists():
        read_action_design_set(load(ACTIONS_DESIGN3), args.misses, "design3")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


if __name__ == "__main__":
    main()
