"""In-article coreference by name: one canonical ``name`` (and country) per person/organisation.

"Sergei Lavrov", "Sergey Lavrov", "Mr Lavrov" and "Lavrov" are one person (same surname, first
names agreeing on their initial); "Miguel Diaz-Canel" and "Díaz-Canel" compare accent-insensitively;
"Regency" is "Regency Cruises Inc" named short. Countries name their country ("US" = United States).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.entities.mentions import Mention
from pipeline.records import Entity

_CORPORATE_SUFFIX = re.compile(
    r"(?:\s*,)?\s+(?:Inc|Corp|Corporation|Co|Cos|Ltd|Plc|PLC|SA|AG|NV|BV|SpA|GmbH|LP|Group|Holdings)\.?$"
)


def link(found: list[Mention], gaz: Gazetteer, text: str) -> tuple[Entity, ...]:
    """Entities with canonical names; country and kind shared across each chain."""
    named = [_name_place(m, gaz) for m in found]
    named = _link_people(named, gaz)
    named = _propagate_surnames(named, text)
    named = _link_orgs(named)
    named = _link_tickers(named, text)
    return tuple(
        Entity(start=m.start, end=m.end, text=m.text, type=m.label, name=m.name or _norm(m.text),
               country=m.country, kind=m.kind)
        for m in sorted(named, key=lambda m: (m.start, m.end))
    )


def _norm(text: str) -> str:
    return " ".join(text.split())


def _name_place(m: Mention, gaz: Gazetteer) -> Mention:
    if m.label == "GPE" and m.country and fold(m.text) in gaz.countries:
        return replace(m, name=gaz.name_of(gaz.countries[fold(m.text)]))
    if m.label == "NORP":
        word = _norm(m.text)
        singular = word[:-1] if word.endswith("s") and gaz.demonym(word[:-1]) else word
        return replace(m, name=singular)
    return m


def strip_honorifics(text: str, gaz: Gazetteer) -> str:
    """'Mr Lavrov' -> 'Lavrov'; 'President Díaz-Canel' -> 'Díaz-Canel'."""
    out = _norm(text)
    changed = True
    while changed:
        changed = False
        for h in gaz.honorifics:
            if out.startswith(h + " ") and len(out) > len(h) + 1:
                out = out[len(h) + 1 :]
                changed = True
    return out


def _link_people(found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    chains: list[dict] = []  # {"surname", "first", "name", "members": [index]}
    assignment: dict[int, int] = {}
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    # Full names found chains first, so a short mention before its full name still links.
    for i in order:
        m = found[i]
        if m.label != "PERSON":
            continue
        words = strip_honorifics(m.text, gaz).split()
        if len(words) < 2:
            continue
        surname, first = fold(words[-1]), fold(words[0])
        folded = fold(" ".join(words))
        chain = next((c for c in chains if c["surname"] == surname and c["first"][:1] == first[:1]), None)
        # "De Zeeuw" repeats the tail of "Aart de Zeeuw".
        chain = chain or next((c for c in chains if fold(c["name"]).endswith(" " + folded)), None)
        if chain is None:
            chain = {"surname": surname, "first": first, "name": " ".join(words), "members": []}
            chains.append(chain)
        chain["members"].append(i)
        assignment[i] = chains.index(chain)
    for i in order:
        m = found[i]
        if m.label != "PERSON" or i in assignment:
            continue
        words = strip_honorifics(m.text, gaz).split()
        key = fold(words[-1]) if words else ""
        candidates = [c for c in chains if c["surname"] == key or c["first"] == key]
        if not candidates:
            chain = {"surname": key, "first": "", "name": " ".join(words), "members": []}
            chains.append(chain)
            candidates = [chain]
        # The nearest chain mentioned before this one, else the first.
        before = [c for c in candidates if any(found[j].start < m.start for j in c["members"])]
        chain = (before or candidates)[-1] if before else candidates[0]
        chain["members"].append(i)
        assignment[i] = chains.index(chain)
    out = list(found)
    for chain in chains:
        members = sorted(chain["members"], key=lambda j: found[j].start)
        country = next((found[j].country for j in members if found[j].country), None)
        kind = next((found[j].kind for j in members if found[j].kind not in (None, "PERSON")), None)
        kind = kind or next((found[j].kind for j in members if found[j].kind), None)
        for j in members:
            out[j] = replace(found[j], name=chain["name"], country=country, kind=kind)
    return out


def org_key(text: str) -> str:
    """An organisation's name without its legal suffix, folded ("Regency Cruises Inc" -> "regency cruises")."""
    return fold(_CORPORATE_SUFFIX.sub("", _norm(text)))


def _link_orgs(found: list[Mention]) -> list[Mention]:
    out = list(found)
    heads: list[int] = []
    for i in sorted(range(len(found)), key=lambda i: found[i].start):
        m = found[i]
        if m.label != "ORG" or m.kind == "IGO" and len(m.text) <= 5:
            if m.label == "ORG":
                heads.append(i)
            continue
        key = org_key(m.text)
        head = next(
            (h for h in heads if (org_key(found[h].text) + " ").startswith(key + " ") and found[h].text != m.text),
            None,
        )
        if head is None:
            heads.append(i)
            out[i] = replace(m, name=_norm(_CORPORATE_SUFFIX.sub("", _norm(m.text))) or _norm(m.text))
            continue
        h = out[head]
        out[i] = replace(m, name=h.name, country=m.country or h.country, kind=m.kind or h.kind)
    return out


_TICKER = re.compile(r"\s*<([A-Z][A-Z0-9&]*)(?:\.[A-Z]+)?>")


def _link_tickers(found: list[Mention], text: str) -> list[Mention]:
    """'British Petroleum Co Plc <BP>' ... 'BP said': the wire's ticker after a company's first
    mention names the same company later (its name and country)."""
    out = list(found)
    tickers: dict[str, Mention] = {}
    for i in sorted(range(len(found)), key=lambda i: found[i].start):
        m = out[i]
        if m.label != "ORG":
            continue
        alias = tickers.get(_norm(m.text))
        if alias is not None and alias.start < m.start:
            out[i] = replace(m, name=alias.name or _norm(alias.text), country=alias.country or m.country,
                             kind=alias.kind or m.kind)
            continue
        tag = _TICKER.match(text, m.end)
        if tag and tag.group(1) != _norm(m.text):
            tickers.setdefault(tag.group(1), m)
    return out


def _propagate_surnames(found: list[Mention], text: str) -> list[Mention]:
    """Bare surnames NER missed ("Sumita said") join the chain of the full name they repeat."""
    people = {}
    for m in found:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
            people.setdefault(words[-1], m)
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for surname, full in people.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
            if any(s <= hit.start() < e for s, e in taken):
                continue
            out.append(replace(full, start=hit.start(), end=hit.end(), text=surname, source="coref"))
            taken.append((hit.start(), hit.end()))
    return out
