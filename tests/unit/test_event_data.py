"""Integrity of the event and entity dictionaries under pipeline/extract/{events,entities}/data."""

from __future__ import annotations

import re

import pycountry
import pytest
import yaml

from pipeline.extract.entities import gazetteer
from pipeline.extract.events import lexicon
from pipeline.extract.events.lexicon import EVENT_TYPES

KINDS = {"GOV", "MIL", "BUS", "ORG", "PERSON", "IGO"}
_CODES = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}


def _raw(directory, name):
    with open(directory / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _strings(value, where):
    """Every leaf is a string: YAML 1.1 turns bare on/no/yes into booleans."""
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str), f"{where}: key {k!r} is not a string"
            _strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for v in value:
            _strings(v, where)
    else:
        assert isinstance(value, str), f"{where}: {value!r} is not a string (quote it)"


@pytest.mark.parametrize("name", ["triggers.yaml", "cues.yaml"])
def test_event_files_load_and_hold_only_strings(name):
    _strings(_raw(lexicon.DATA_DIR, name), name)


@pytest.mark.parametrize("name", ["places.yaml", "demonyms.yaml", "kinds.yaml"])
def test_entity_files_load_and_hold_only_strings(name):
    data = _raw(gazetteer.DATA_DIR, name)
    # period rules carry dates; everything else is words
    data.pop("period_codes", None)
    _strings(data, name)


def test_every_trigger_type_is_a_contract_type():
    lex = lexicon.load()
    tables = [lex.verbs, lex.nouns, lex.adjectives, lex.phrasal_verbs]
    for table in tables:
        for word, etype in table.items():
            assert etype in EVENT_TYPES, f"{word}: {etype}"
    for verb, objects in lex.verb_objects.items():
        for obj, etype in objects.items():
            assert etype in EVENT_TYPES, f"{verb} {obj}: {etype}"
    for etype in lex.target_required | set(lex.prepositional_target_first):
        assert etype in EVENT_TYPES
    for etype in lex.target_prepositions:
        assert etype == "default" or etype in EVENT_TYPES


@pytest.mark.parametrize("section", ["verbs", "nouns", "adjectives", "phrasal_verbs"])
def test_no_duplicate_lemma_with_conflicting_types(section):
    # yaml.safe_load keeps the last of duplicate keys silently: read the raw lines instead.
    text = (lexicon.DATA_DIR / "triggers.yaml").read_text(encoding="utf-8")
    block = re.search(rf"^{section}:\n((?:  .*\n|#.*\n|\n)*)", text, re.M)
    assert block, section
    seen: dict[str, str] = {}
    for line in block.group(1).splitlines():
        m = re.match(r"^  ([^#:\s][^:]*):\s*(\S+)", line)
        if m:
            word, etype = m.group(1), m.group(2)
            assert seen.get(word, etype) == etype, f"{section}: {word} is {seen[word]} and {etype}"
            assert word not in seen, f"{section}: {word} listed twice"
            seen[word] = etype


def test_speech_verbs_do_not_double_as_typed_verbs():
    lex = lexicon.load()
    assert not lex.speech_verbs & set(lex.verbs), lex.speech_verbs & set(lex.verbs)
    assert lex.speech_needs_content <= lex.speech_verbs


def test_lists_have_no_duplicates():
    for name in ("triggers.yaml", "cues.yaml"):
        data = _raw(lexicon.DATA_DIR, name)
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list):
                assert len(value) == len(set(map(str, value))), f"{name}: duplicate in {value}"


def test_gazetteer_codes_are_iso_alpha3_and_kinds_known():
    places = _raw(gazetteer.DATA_DIR, "places.yaml")
    for table in ("country_aliases", "city_overrides", "dateline_regions"):
        for name, code in places[table].items():
            assert code in _CODES, f"{table}: {name} -> {code}"
    for suffix, codes in places["legal_suffix_countries"].items():
        assert set(codes) <= _CODES, suffix
    for name, code in _raw(gazetteer.DATA_DIR, "demonyms.yaml")["demonyms"].items():
        assert code in _CODES, f"demonym {name} -> {code}"
    actors = _raw(gazetteer.DATA_DIR, "actors.yaml")
    for table in ("institutions", "persons"):
        for name, (code, kind) in actors[table].items():
            assert code in _CODES, f"{name} -> {code}"
            assert kind in KINDS, f"{name} -> {kind}"
    for group in _raw(gazetteer.DATA_DIR, "kinds.yaml")["kind_cues"]:
        assert group["kind"] in KINDS
    # A multinational company has no country: it cannot also be an institution or an IGO.
    listed = {gazetteer.fold(str(n)) for n in [*actors["institutions"], *actors["igos"]]}
    assert not {gazetteer.fold(str(n)) for n in actors["multinational_companies"]} & listed


def test_loaders_build():
    gaz = gazetteer.load()
    assert gaz.place("Havana") == "CUB"
    assert gaz.demonym("Soviet") == "SUN"
    lex = lexicon.load()
    assert lex.verbs["sign"] == "AGREE"
    assert "no" in lex.negation and "on" in lex.container_prepositions


def test_content_word_lists_nest():
    """A denied charge is an accusing verb; a threat by its nature is a threatening act."""
    lex = lexicon.load()
    assert lex.charges <= lex.accusing_verbs, lex.charges - lex.accusing_verbs
    assert lex.threat_acts_always <= lex.threat_acts, lex.threat_acts_always - lex.threat_acts
    assert not lex.verbal_targets & lex.non_agents
    # the offer's readiness words are refusal readiness words negated ("not prepared to")
    assert lex.offer_readiness <= lex.refusal_readiness, lex.offer_readiness - lex.refusal_readiness
