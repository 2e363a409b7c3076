"""Where a sentence of minutes ends (stop 57): an initial after a word that names who comes next, and "re.".

Seen in the design folds of training/drawn_design.jsonl, where the sentence split at the initial cut the owner off
its action ("It was agreed that I. | Judd would …", "SECONDED by D. | Tamm"). Names and places here are invented.
"""

from __future__ import annotations

import pytest

from agendaparse.nlp.paragraphs import split_sentences

JOINED = [
    "It was agreed that K. Marlow would write to the school about the crossing.",
    "Proposed by P. Hendry and seconded by D. Tamsworth that the accounts be approved.",
    "The grant was paid to R. Oldcastle for the path repairs.",
    "A letter from T. Brannock was read out.",
    "The Clerk will speak with J. Penhallow about the lease.",
    "A vote of thanks went to all and a gift for M. Quarrie was presented.",
    "The Clerk to contact the contractor re. Replacement of the bus shelter glass.",
]

SPLIT = [
    # a letter of a list or an appendix, then a new sentence
    ("The scheme was amended to option B.", "The Clerk will write to the residents."),
    ("Members were referred to Appendix C.", "Cllr Dunmore asked about the costs."),
    # "re" ending a word is no abbreviation
    ("The residents said they were there.", "Then the meeting closed."),
    ("We were told we're.", "Nothing more was said."),
    # the word before the letter names nobody
    ("The play area is shown on plan A.", "Cllr Rowe will check the fencing."),
]


@pytest.mark.parametrize("text", JOINED)
def test_initial_after_a_naming_word_stays_in_its_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("first, second", SPLIT)
def test_sentences_still_end_where_a_new_one_starts(first: str, second: str) -> None:
    assert split_sentences(f"{first} {second}") == [first, second]
