"""End to end over the seed article: the analyst's "must" facts (tests/acceptance/*.expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXPECTED = json.loads((Path(__file__).parent / "lavrov-havana.expected.json").read_text())


def _id(fact: dict) -> str:
    return fact.get("text") or fact.get("what") or fact.get("name")


@pytest.mark.parametrize("gold", EXPECTED["time_expressions"]["must"], ids=_id)
def test_must_time_expression(seed_extraction, gold):
    _, out = seed_extraction
    found = [t for t in out["timexes"] if t["text"] == gold["text"] and t["value"] == gold["value"]]
    assert found, f"{gold['text']!r} = {gold['value']} not among {[(t['text'], t['value']) for t in out['timexes']]}"
    assert found[0]["type"] == gold["type"]
    assert found[0]["mod"] == gold.get("mod")


@pytest.mark.parametrize("gold", EXPECTED["figures"]["must"], ids=_id)
def test_must_figure(seed_extraction, gold):
    article, out = seed_extraction
    same = [f for f in out["figures"] if f["kind"] == gold["kind"] and f["value"] == gold["value"]]
    assert same, f"no {gold['kind']} {gold['value']} among {[(f['text'], f['value']) for f in out['figures']]}"
    figure = same[0]
    assert figure["text"] in gold["text"] and article.text[figure["start"]:figure["end"]] == figure["text"]
    assert figure["unit"] == gold.get("unit")
    assert figure["period"] == gold["period"]
    assert figure["approximate"] == gold.get("approximate", False)
    # Keys the analyst left out (parties of "17 people") are not judged; the ones given must match exactly.
    if "parties" in gold:
        assert sorted(figure["parties"]) == sorted(gold["parties"])
    if "baseline_period" in gold:
        assert figure["baseline_period"] == gold["baseline_period"]
    if "modality" in gold:
        assert figure["modality"] == gold["modality"]


_TYPES = {"PERSON": {"PERSON"}, "COUNTRY": {"GPE"}, "LOCATION": {"GPE", "LOC"}}


@pytest.mark.parametrize("gold", EXPECTED["entities"]["must"], ids=_id)
def test_must_entity(seed_extraction, gold):
    _, out = seed_extraction
    mentions = [e for e in out["entities"] if e["name"] == gold["name"]]
    assert mentions, f"{gold['name']} not among {sorted({e['name'] for e in out['entities']})}"
    assert {e["country"] for e in mentions} == {gold["country"]}
    assert {e["type"] for e in mentions} <= _TYPES[gold["type"]]
    texts = {e["text"] for e in mentions}
    for alias in gold.get("aliases_in_text", []):
        assert any(alias == t or alias in t for t in texts), f"{alias!r} is not a mention of {gold['name']}"


@pytest.mark.parametrize("gold", EXPECTED["events"]["must"], ids=_id)
def test_must_event(seed_extraction, gold):
    _, out = seed_extraction

    def country(actor):
        return actor["country"] if actor else None

    candidates = [
        e for e in out["events"]
        if e["type"] == gold["type"] and country(e["actor1"]) == gold["actor1"]
        and (gold.get("actor2") is None or country(e["actor2"]) == gold["actor2"])
    ]
    assert candidates, (f"no {gold['type']} {gold['actor1']}->{gold.get('actor2')} among "
                        f"{[(e['type'], country(e['actor1']), country(e['actor2'])) for e in out['events']]}")
    dated = [e for e in candidates if e["date"] == gold["date"] and e["precision"] == gold["precision"]]
    assert dated, f"{gold['what']}: dates {[(e['date'], e['precision']) for e in candidates]}"
