"""Countries for people and organisations the article itself leaves unplaced: the one another story
of the wire gave with an explicit cue ("Italy's Ferruzzi", "Raision Tehtaat, of Finland"; from
``data/derived_names.yaml``, built offline by ``scripts/build_name_countries.py``), a legal form's
country, or a sibling company's."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.datafiles import load_mapping
from pipeline.extract.entities.coref import org_key
from pipeline.extract.entities.gazetteer import fold, load
from pipeline.records import Entity

DATA = Path(__file__).parent / "data" / "derived_names.yaml"


@lru_cache(maxsize=1)
def derived_countries() -> dict[str, str]:
    """Folded name (and organisation key without legal form) -> alpha-3."""
    table: dict[str, str] = {}
    for name, code in load_mapping(DATA)["names"].items():
        for key in (fold(str(name)), org_key(str(name))):
            table.setdefault(key, str(code))
    return table


def placed_elsewhere(entities: tuple[Entity, ...], text: str = "") -> tuple[Entity, ...]:
    """People and organisations the article leaves unplaced take a country, in this order: the one
    the corpus gave them elsewhere, the one their legal form names (``text`` is the article, for a
    form NER left outside the name), the one a company of the same group name has. Every mention of
    the same entity (same canonical ``name``) takes it."""
    table = derived_countries()
    placed: dict[str, str] = {}
    # (an international body has no country: it is never "unplaced")
    unplaced = {e.name for e in entities if e.type in {"PERSON", "ORG"} and e.country is None and e.kind != "IGO"}
    placed_names = {e.name for e in entities if e.country is not None}
    for e in entities:
        if e.name not in unplaced or e.name in placed_names or e.name in placed:
            continue
        for form in (e.name, e.text):
            code = table.get(fold(form)) or (table.get(org_key(form)) if e.type == "ORG" else None)
            if code is not None:
                placed[e.name] = code
                break
    gaz = load()
    for e in entities:
        # the legal form ends the name, or NER left it just after ("Bennetton Group" + " SPA")
        words = e.text.replace(",", " ").split() + text[e.end : e.end + 12].replace(",", " ").split()[:1]
        code = next((c for c in map(gaz.one_country_form, reversed(words)) if c), None)
        if e.type == "ORG" and e.name in unplaced and e.name not in placed_names and code is not None:
            placed.setdefault(e.name, code)  # "Bennetton Group SPA", "Volvo AB": the form's country
    for e in entities:
        if e.type == "ORG" and e.name in unplaced and e.name not in placed_names and e.name not in placed:
            group = _group_word(e.text)
            siblings = [o for o in entities if o.type == "ORG" and o.country and o.name != e.name]
            sibling = next((o for o in siblings if _group_word(o.text) == group), None) if group else None
            if sibling is not None:
                # "<Ssangyong Construction Co Ltd> of South Korea ... the parent firm, <Ssangyong Cement
                # Industrial Co Ltd>": companies of one group name are of one country.
                placed[e.name] = sibling.country
    return tuple(replace(e, country=placed[e.name]) if e.name in placed else e for e in entities)


def _group_word(name: str) -> str | None:
    """The distinctive first word of a company name ("Ssangyong" of "Ssangyong Cement Industrial Co
    Ltd"), or None when it is an ordinary word, a place or a nationality ("National", "Bank", "Hongkong")."""
    words = name.replace("<", " ").split()
    if len(words) < 2:
        return None
    first = words[0]
    if len(first) < 4 or not first[0].isupper() or first.lower() in _ordinary_words():
        return None
    gaz = load()
    if gaz.place(first) or gaz.demonym(first) or gaz.region(first):
        return None
    return first


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """Words that begin many unrelated names ("General", "First", "International")."""
    data = load_mapping(Path(__file__).parent.parent / "data" / "casing.yaml")
    return frozenset(str(w) for w in data["common_words"]) | frozenset(str(w) for w in data["keep"])
