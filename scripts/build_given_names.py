"""Build src/agendaparse/data/given_names.txt from public, permissively licensed lists of given names.

Sources (installed into the venv only; the runtime reads the built text file and needs none of them):
    .venv/bin/pip install names==0.3.0 faker==40.63.0 wordfreq==3.1.1
- names 0.3.0 (MIT): the US Census Bureau 1990 first-name frequency lists (dist.male.first, dist.female.first),
  each name with its share of the population in %.
- Faker 40.63.0 (MIT): the first names of its person providers for Latin-script locales outside the US, whose
  names the census covers (British, Irish, Indian, Pakistani, Nigerian, Kenyan, Ghanaian, South African, Polish,
  Czech, Romanian, Spanish, Portuguese …), and the romanised first names of its Chinese and Japanese providers
  (zh_CN, zh_TW, ja_JP ``first_romanized_names``: 'Wei', 'Ming', 'Hiroshi').
- wordfreq 3.1.1 (code Apache-2.0, data CC BY-SA 4.0; used only to decide, nothing of it is shipped): the English
  Zipf frequency of each name's lower-case form, which tells a name from an everyday word.

A name is kept when it is in the hand-checked list (KEPT below: the file as it was before this script), or when it
is written as one capitalised ASCII word of three letters or more, is not in STOP_WORDS and does not read as an
everyday English word: for a census name, its word frequency must not stand far above what its share of people
explains (EVERYDAY_MARGIN), which keeps "Larry" and "Martha" and drops "May", "Grant" and "Joy"; a name of the
other lists (no share) must be rare as a word (MAX_PLAIN_ZIPF), and a name that rare is kept from either list; a
romanised name is as frequent in English text as the people who carry it, and is kept below MAX_ROMANISED_ZIPF.

Run: .venv/bin/python scripts/build_given_names.py  (deterministic: the same packages write the same file)
"""

from __future__ import annotations

import importlib
import math
import re
from pathlib import Path

import names
from wordfreq import zipf_frequency

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "agendaparse" / "data" / "given_names.txt"

FAKER_LOCALES = (
    "en_GB", "en_IE", "ga_IE", "en_NZ", "en_IN", "en_PK", "en_KE", "en_NG", "yo_NG", "ig_NG",
    "ha_NG", "tw_GH", "zu_ZA", "sw", "pl_PL", "cs_CZ", "sk_SK", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV",
    "hu_HU", "es_ES", "es_MX", "es_CO", "pt_BR", "pt_PT", "it_IT", "fr_FR", "de_DE", "nl_NL", "tr_TR", "id_ID",
)  # fmt: skip

# A census name is an everyday word when Zipf(word) - log10(share %) reaches this: "Larry" 4.28 + 0.22 = 4.5 is
# kept, "Grant" 4.67 + 1.44 = 6.1 is not.
EVERYDAY_MARGIN = 5.0
# A name rarer than this as an English word is no everyday word ("Rhiannon", "Chinedu"); a name of a list without
# shares must be.
MAX_PLAIN_ZIPF = 3.3
# A romanised Chinese or Japanese given name is no English word: its frequency is that of the people named ('Wei'
# 3.46, 'Ming' 3.54); only the names that are also everyday words ('Gang' 4.5, 'Ping' 3.76) stand above this.
MAX_ROMANISED_ZIPF = 3.6
ROMANISED_LOCALES = ("zh_CN", "zh_TW", "ja_JP")
# Never read as a given name without a title whatever the lists say: words, titles, months, places and bodies
# of the UK that are also given names somewhere.
_STOP_WORDS_TEXT = """
    Bill Dawn Earl Mark Rose Joy Grace Hope Faith Chase Page Hall Gay Major Young Sterling Lincoln Chester Will
    May June April August Kent Devon Preston Milton Brent Bradford Stafford Sutton Merton Barnet Ealing Camden
    Harrow Hastings Crawley Clifton Carlton Ashton Newton Morley Burnley Bury Derby Wells Ely Ripon Lancaster
    York Bristol Dover Selby Rugby Corby Dudley Warwick Stirling Perth Ayr Tyrone Kerry Clare Down Antrim Carey
    Royal Prince Princess Queen King Duke Lord Baron Lady Dean Bishop Deacon Pastor Sister Major General Colonel
    Sheriff Marshal Judge Justice Mayor Chancellor Governor Warden Ranger Porter Cook Mason Carpenter Taylor
    Parker Hunter Fisher Baker Miller Walker Cooper Carter Turner Ward Clark Wood Green Bell Hill Lane Street
    Park Brook Brooks Ford Field Rivers River Forest Glen Dale Valley Heath Moor Marsh Cliff Rock Stone Clay Sandy
    Summer Autumn Winter Spring Sunny Star Sky Rain Storm Snow Frost Ocean Sea Lake Bay Island Shore Harbour
    Amber Ruby Pearl Crystal Diamond Jade Jasper Coral Ivory Violet Lily Iris Holly Ivy Heather Hazel Olive Fern
    Sage Rowan Willow Basil Pepper Ginger Honey Candy Cherry Berry Apple Penny Sterling Cash Price Rich Noble
    Christian Catholic Baptist Church Chapel Temple Trinity Easter Christmas Noel Angel Gospel Bible Genesis
    Unity Liberty Freedom Justice Patience Prudence Charity Mercy Constance Verity Harmony Destiny Trust Victory
    Unique Precious Blessing Gift Promise Miracle Treasure Happy Merry Jolly Gay Bliss Glory Honor Honour Fortune
    Sunday Monday Friday Tuesday Wednesday Thursday Saturday Jan Nov Dec Oct Sept Sep Feb Mar Apr Jun Jul Aug
    Grant Bond Banks Bank Loan Credit Bonus Fund Award Budget Audit Summit Forum Bridge Tower Castle Abbey Manor
    Lodge Cottage Garden Gardens Court Chambers Hospital School College Academy Centre Center Station Harbor
    Drew Wade Cole Carrie Shelby Tyler Taylor Jordan Morgan Kelly Murray Wallace Nelson Marshall Mitchell Perry
    Franklin Warren Spencer Austin Dallas Houston Denver Orlando Phoenix Sydney Paris Florence Georgia Carolina
    Virginia Savannah Dakota India China Kenya Asia America Africa Europe Brazil Jersey Guernsey Wales Scotland
    Ireland London Berlin Madrid Vienna Milan Verona Sienna Lourdes Athens Troy Sparta Rome Roman German French
    Irish Scott English Welsh Dutch Norman Saxon Celt Gael Angle Frank Franc Swiss Eng
    Tory Labour Liberal Green Reform Union Unison Unite Council Cabinet Committee Board Panel Group Team
    Max Min Del Van Von Les Ma Pa Mi Li Ai Bo Un Le Na Ha Ta Vi My So An In Ok Dot Kit Bee Bud Buck Rod Chuck
    Art Son Song Moon Sun Man Long Hung Sang Chin Chan Hang Chance Miles Numbers Brain Carry Loan Era Tiny Desire
    Marine Golden Manual Marry Echo Delta Alpha Beta Gamma Omega Sierra Lean Fairy Marvel Sunshine Buddy Rocky
    Junior Senior Else Miss Many See Soon Season Love Lady Mercedes Porsche Jaguar Lexus Tesla Dodge Kia
    Rolls Royce Cadillac Lincoln Mini Nissan Honda Toyota Bentley Volvo Skoda Seat Smart Fiat
    Stanford Harvard Yale Cornell Princeton Oxford Cambridge Durham Kingston Sheffield Chelsea Fulham Everton
    Clinton Jefferson Madison Jackson Washington Harrison Wilson Davis Johnson Williams Anderson Harris Thompson
    Foster Bailey Reed Reid Blair Bennett Palmer Logan Cruz Columbus Cleveland Nevada Florida Maryland Indiana
    Montana Arizona Tennessee Alabama Kansas Adelaide Geneva Darwin Wellington Victoria Regina Stella Aurora
    """
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def census_shares() -> dict[str, float]:
    """Each census first name ('JAMES 3.318 …') as 'James' with its largest share (male or female list), in %."""
    folder = Path(names.__file__).resolve().parent
    shares: dict[str, float] = {}
    for list_name in ("dist.male.first", "dist.female.first"):
        for line in (folder / list_name).read_text(encoding="ascii").splitlines():
            name, share = line.split()[:2]
            shares[name.capitalize()] = max(shares.get(name.capitalize(), 0.0), float(share))
    return shares


def census_surname_shares() -> dict[str, float]:
    """Each census surname ('WARD 0.108 …') as 'Ward' with its share, in %."""
    folder = Path(names.__file__).resolve().parent
    lines = (folder / "dist.all.last").read_text(encoding="ascii").splitlines()
    return {line.split()[0].capitalize(): float(line.split()[1]) for line in lines}


def _faker_first_names(locales: tuple[str, ...], prefix: str) -> set[str]:
    """The names of the lists whose attribute starts with ``prefix`` in Faker's person providers for ``locales``
    (tuples or name -> weight mappings)."""
    found: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            if attribute.startswith(prefix):
                found.update(getattr(provider, attribute))
    return found


def faker_names() -> set[str]:
    """The first names of Faker's person providers for FAKER_LOCALES."""
    return _faker_first_names(FAKER_LOCALES, "first_names")


def romanised_names() -> set[str]:
    """The romanised first names of Faker's Chinese and Japanese person providers ('Wei', 'Hiroshi')."""
    return _faker_first_names(ROMANISED_LOCALES, "first_romanized_names")


def hand_kept_lines(path: Path) -> list[str]:
    """The hand-checked section's lines as they are, its comments included."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[lines.index(KEPT_START) + 1 : lines.index(KEPT_END)] if KEPT_START in lines else []


def hand_kept(path: Path) -> set[str]:
    """The names of the hand-checked list: lines of the file between the markers (or all its names before the
    first build, when the file has no markers)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if KEPT_START in lines:
        lines = lines[lines.index(KEPT_START) + 1 : lines.index(KEPT_END)]
    return {name for line in lines if not line.startswith("#") for name in line.split()}


KEPT_START = "# -- hand-checked names (always kept) --"
KEPT_END = "# -- names from the public lists --"


def is_everyday_word(name: str, share: float | None) -> bool:
    zipf = zipf_frequency(name.lower(), "en")
    return zipf >= MAX_PLAIN_ZIPF and (share is None or zipf - math.log10(share) >= EVERYDAY_MARGIN)


def listed_names(kept: set[str]) -> list[str]:
    shares = census_shares()
    surname_shares = census_surname_shares()
    candidates = {name for name, share in shares.items() if share >= MIN_CENSUS_SHARE} | faker_names()
    listed = {
        name
        for name in candidates - kept
        if re.fullmatch(r"[A-Z][a-z]{2,}", name)
        and name not in STOP_WORDS
        and not is_everyday_word(name, shares.get(name))
        and not _mostly_a_surname(name, shares.get(name), surname_shares)
    }
    romanised = {
        name
        for name in romanised_names() - kept
        if re.fullmatch(r"[A-Z][a-z]{2,}", name)
        and name not in STOP_WORDS
        and zipf_frequency(name.lower(), "en") < MAX_ROMANISED_ZIPF
        and not _mostly_a_surname(name, None, surname_shares)
    }
    return sorted(listed | romanised)


# A name from Faker alone (no census share) that this share of Americans carry as a surname is mostly a surname.
FAKER_SURNAME_SHARE = 0.005
# Census names rarer than this (% of people) are left out unless Faker lists them too: the census tail holds
# surnames and words more often than names ("Marlin" 0.012, "Whitley" 0.001).
MIN_CENSUS_SHARE = 0.015


def _mostly_a_surname(name: str, share: float | None, surname_shares: dict[str, float]) -> bool:
    """ "Whitley Ward", "Manson": more people carry it as a surname than as a given name (or, for a name the census
    does not list, a common surname)."""
    surname_share = surname_shares.get(name, 0.0)
    if share is None:
        return surname_share >= FAKER_SURNAME_SHARE
    return surname_share > share


HEADER = """\
# Given names: "Steven Kitt of AMEY", "Priya: draft …", "Inigo and Corey to update …" name people printed without
# a title (agendaparse.nlp.given_name_people and the owner rules). Built by scripts/build_given_names.py, do not
# edit the second part by hand. Whitespace-separated; # starts a comment line.
# Sources: the hand-checked names below (kept as they are), the US Census Bureau 1990 first-name lists shipped in
# the PyPI package names 0.3.0 (MIT licence), the first names of Faker's person providers for Latin-script locales
# and the romanised first names of its Chinese and Japanese ones (PyPI faker, MIT licence). Names that are everyday
# capitalised words (May, Grant, Bill, Joy, Hope, Lane, Chester …) are left out by a hand stop-list and by their
# English word frequency (PyPI wordfreq 3.1.1, used only to decide: none of its data is here).
"""


def wrapped(words: list[str], width: int = 116) -> list[str]:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def main() -> None:
    kept = hand_kept(OUTPUT)
    listed = listed_names(kept)
    section = hand_kept_lines(OUTPUT) or wrapped(sorted(kept))  # the hand-checked lines stay as written
    text = "\n".join([HEADER.rstrip("\n"), KEPT_START, *section, KEPT_END, *wrapped(listed)]) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{len(kept)} hand-checked + {len(listed)} listed names -> {OUTPUT} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
