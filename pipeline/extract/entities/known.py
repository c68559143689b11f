"""Countries another story of the wire gave: people and organisations the corpus named with an
explicit country cue ("Italy's Ferruzzi", "Raision Tehtaat, of Finland"), from
``data/derived_names.yaml`` (built offline by ``scripts/build_name_countries.py``)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.datafiles import load_mapping
from pipeline.extract.entities.coref import org_key
from pipeline.extract.entities.gazetteer import fold
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


def placed_elsewhere(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """People and organisations the article leaves unplaced take the country the corpus gave them
    elsewhere; every mention of the same entity (same canonical ``name``) takes it."""
    table = derived_countries()
    placed: dict[str, str] = {}
    unplaced = {e.name for e in entities if e.type in {"PERSON", "ORG"} and e.country is None}
    placed_names = {e.name for e in entities if e.country is not None}
    for e in entities:
        if e.name not in unplaced or e.name in placed_names or e.name in placed:
            continue
        for text in (e.name, e.text):
            code = table.get(fold(text)) or (table.get(org_key(text)) if e.type == "ORG" else None)
            if code is not None:
                placed[e.name] = code
                break
    return tuple(replace(e, country=placed[e.name]) if e.name in placed else e for e in entities)
