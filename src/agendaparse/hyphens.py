"""A hyphen at the end of a printed line, read as stop 29 settled it for table cells (corpus/gold/README.md): the
parts joined with the hyphen kept ('three-' / 'year' -> 'three-year', 'cross-' / 'boundary'), except a soft hyphen
that only breaks one word ('manage-' / 'ment' -> 'management'). Shared by table cells and the segment stage's
titles; imports nothing of the package, so any stage may use it."""

from __future__ import annotations

import re

# a word broken by a soft hyphen ('manage-' / 'ment'): the part before is letters with no capital inside, the part
# after a bare ending no word is made of alone; anything else is a compound broken at its own hyphen ('long-term')
# (read from a word's first letter or a capital: a lower-case letter after a letter opens no match the letter before
# did not, and searched along a 20,000-letter word it would read to the word's end from each letter)
SOFT_HYPHEN_PART_RE = re.compile(r"(?:(?<![A-Za-z])[A-Za-z]|[A-Z])[a-z]++-")
SOFT_HYPHEN_ENDING_RE = re.compile(
    r"(?:ment|tion|sion|ation|ness|ities|ity|ance|ence|ency|ancy|ings?|ised|ized|ising|izing|ally|ious|ous|ible|ures?)s?"
)
WORD_END_PUNCTUATION = ".,;:)”’\"'"


def soft_hyphen_break(token: str, following: str) -> bool:
    """``token`` ends a line in a hyphen and ``following`` opens the next: True when the hyphen only breaks one word
    ('manage-' / 'ment', 'inspec-' / 'tion,'), so it is dropped; False for a compound ('three-' / 'year')."""
    return bool(
        SOFT_HYPHEN_PART_RE.fullmatch(token) and SOFT_HYPHEN_ENDING_RE.fullmatch(following.rstrip(WORD_END_PUNCTUATION))
    )
