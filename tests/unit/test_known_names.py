"""Countries the wire gave in other stories (data/derived_names.yaml): integrity of the generated
table and its use for people and organisations an article leaves unplaced."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from pipeline.datafiles import load_mapping
from pipeline.extract import build_context, nlp
from pipeline.extract.entities import extract_entities, known
from pipeline.records import Article


def test_table_maps_names_to_alpha3_codes():
    names = load_mapping(known.DATA)["names"]
    assert len(names) > 500
    for name, code in names.items():
        assert isinstance(name, str) and re.search(r"[A-Za-z]{3}", name), name
        assert isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code), (name, code)


def test_builder_cues():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_name_countries.py"
    spec = importlib.util.spec_from_file_location("build_name_countries", path)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    from pipeline.extract.entities.gazetteer import load

    text = ("Italy's Gruppo Ferruzzi bid for the firm. It formed a venture with Raision Tehtaat, of Finland, "
            "and Bahrain-based Arab Banking Corp. Japanese Finance Minister Kiichi Miyazawa spoke. "
            "The Bank of New York's Aa-2 deposits were affirmed.")
    found = {(builder._clean(n), c) for n, c in builder.cues(text, load())}
    assert {("Gruppo Ferruzzi", "ITA"), ("Raision Tehtaat", "FIN"), ("Arab Banking Corp", "BHR"),
            ("Kiichi Miyazawa", "JPN")} <= found
    assert not any(name == "Aa-2" for name, _ in found)


def _entities(text: str, dateline: str | None = None):
    article = Article(article_id="t", text=text, published_at=datetime(1987, 4, 2, tzinfo=UTC), dateline=dateline)
    ctx = build_context(article, next(nlp.parse_many([text])))
    return extract_entities(ctx)


def test_an_unplaced_company_takes_the_country_the_wire_gave_it_elsewhere():
    names = load_mapping(known.DATA)["names"]
    assert names.get("Ferruzzi SpA") == "ITA"
    entities = _entities("Shamrock Holdings Inc said it sold its unit to Ferruzzi. Ferruzzi makes sugar.",
                         dateline="BURBANK, Calif., March 25")
    assert {e.country for e in entities if e.text == "Ferruzzi"} == {"ITA"}


def test_a_country_the_article_gives_wins():
    entities = _entities("The Canadian firm Ferruzzi said it would expand.")
    assert {e.country for e in entities if e.text == "Ferruzzi"} == {"CAN"}
