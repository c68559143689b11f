"""In-article coreference by name: one canonical ``name`` (and country) per person/organisation.

"Sergei Lavrov", "Sergey Lavrov", "Mr Lavrov" and "Lavrov" are one person (same surname, first
names agreeing on their initial); "Miguel Diaz-Canel" and "Díaz-Canel" compare accent-insensitively;
"Regency" is "Regency Cruises Inc" named short. Countries name their country ("US" = United States).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.entities.mentions import Mention, org_heads
from pipeline.records import Entity

_CORPORATE_SUFFIX = re.compile(
    r"(?:(?:\s*,)?\s+(?:Inc|Corp|Corporation|Co|Cos|Ltd|Plc|PLC|SA|AG|NV|BV|SpA|GmbH|LP|Group|Holdings|AB|Oy|AS|"
    r"A/S|KK|Bhd|Pty|Pte)\.?)+$"
)


def link(found: list[Mention], gaz: Gazetteer, text: str) -> tuple[Entity, ...]:
    """Entities with canonical names; country and kind shared across each chain."""
    named = [_name_place(m, gaz) for m in found]
    named = _link_people(named, gaz)
    named = _propagate_surnames(named, text)
    named = _propagate_company_names(named, text)
    named = _link_orgs(named)
    named = _link_tickers(named, text)
    named = _link_aliases(named, text, gaz)
    named = _link_short_forms(named)
    named = _org_names_tagged_person(named)
    named = _link_inner_name_words(named, gaz)
    named = _share_org_countries(named)
    named = _people_of_linked_orgs(named, text, gaz)
    named = _company_spokesmen(named, text)
    return tuple(
        Entity(start=m.start, end=m.end, text=m.text, type=m.label, name=m.name or _norm(m.text),
               country=m.country, kind=m.kind)
        for m in sorted(named, key=lambda m: (m.start, m.end))
    )


def _propagate_company_names(found: list[Mention], text: str) -> list[Mention]:
    """A company named with its legal form ("Canon Inc") is the bare name NER missed later ("a Canon
    spokesman"): the bare name joins its chain, as a surname joins a person's."""
    companies = {}
    for m in found:
        bare = _CORPORATE_SUFFIX.sub("", _norm(m.text))
        if m.label == "ORG" and bare != _norm(m.text) and bare[:1].isupper() and len(bare) > 3:
            companies.setdefault(bare, m)
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for bare, full in companies.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(bare).replace(r"\ ", r"\s+") + r"(?![\w-])", text):
            if any(s < hit.end() and hit.start() < e for s, e in taken):
                continue
            out.append(replace(full, start=hit.start(), end=hit.end(), text=hit.group(0), source="coref"))
            taken.append((hit.start(), hit.end()))
    return out


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
            # a three-word name may go by its middle word, the first of two surnames ("Fernandez")
            middle = fold(words[1]) if len(words) == 3 else ""
            chain = {"surname": surname, "first": first, "middle": middle, "name": " ".join(words), "members": []}
            chains.append(chain)
        chain["members"].append(i)
        assignment[i] = chains.index(chain)
    for i in order:
        m = found[i]
        if m.label != "PERSON" or i in assignment:
            continue
        words = strip_honorifics(m.text, gaz).split()
        key = fold(words[-1]) if words else ""
        candidates = [c for c in chains if key in {c["surname"], c["first"], c.get("middle")}]
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
        if kind == "IGO":
            # "World Bank president Barber Conable": an international body's official acts for no one
            # country, whatever a later mention's context suggests ("an address before the
            # Export-Import Bank, Conable said").
            country = None
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
            if len(words) == 3 and words[1][:1].isupper() and len(words[1]) > 3:
                # Spanish and Portuguese names carry two surnames and go by the first ("Mario
                # Rodriguez Montero" ... "Rodriguez said").
                people.setdefault(words[1], m)
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for surname, full in people.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
            if any(s <= hit.start() < e for s, e in taken):
                continue
            out.append(replace(full, start=hit.start(), end=hit.end(), text=surname, source="coref"))
            taken.append((hit.start(), hit.end()))
    return out


_ALIAS_AFTER = re.compile(r"\s*(?:<[^<>]*>\s*)?(?:\(\s*([A-Z][^()\n]{1,40}?)\s*\)|,\s*([A-Z][A-Za-z&.-]{1,9}),)")
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.-]{1,9}")
_INITIAL_STOPWORDS = {"of", "and", "the", "for", "on", "in", "de", "del", "della", "di", "du", "des", "la", "le", "&"}


def initials(name: str) -> str:
    """The initials of a name's words, stopwords left out ("Banca Nazionale del Lavoro" -> "BNL")."""
    return "".join(w[0] for w in re.findall(r"[\w'-]+", name) if w.lower() not in _INITIAL_STOPWORDS and w[0].isalpha())


def _acronym_letters(text: str) -> str:
    return "".join(c for c in text if c.isupper())


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and len(_acronym_letters(text)) >= 2


def _link_aliases(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Short forms of an organisation: the one it is introduced with ("Den Norske Stats
    Oljeselskap (Statoil)", "Banca Nazionale del Lavoro, BNL,") and acronyms spelling the initials
    of a name in the article ("API" after "American Petroleum Institute"). Every mention of the
    short form takes the full name's name, country and kind (NER often calls an acronym a place
    or a nationality: "ITCF", "BoI")."""
    out = list(found)
    longs = [i for i in range(len(out)) if out[i].label in {"ORG", "PERSON"} and len(out[i].text.split()) >= 2]
    aliases: dict[str, int] = {}
    for i in longs:
        match = _ALIAS_AFTER.match(text, out[i].end)
        # "Cheung Kong (Holdings) Ltd": a parenthesis the name goes on after is part of the name
        if match and not re.match(r"\s*[A-Z]", text[match.end() : match.end() + 3]):
            alias = " ".join((match.group(1) or match.group(2)).split())
            if _CORPORATE_SUFFIX.fullmatch(" " + alias):
                continue  # "Cam USA, Inc, the department said": a legal form, not a short name
            if out[i].label == "ORG" or _is_acronym(alias) or len(alias.split()) == 1:
                aliases.setdefault(alias, i)
    out = _find_missed_short_forms(out, text, aliases, longs)
    longs = [i for i in range(len(out)) if out[i].label in {"ORG", "PERSON"} and len(out[i].text.split()) >= 2]
    for i in sorted(range(len(out)), key=lambda i: out[i].start):
        m = out[i]
        if m.label == "PERSON" and out[i].country is not None:
            continue
        key = " ".join(m.text.split())
        head = aliases.get(key)
        introduced = head is not None
        if head is None and _is_acronym(key) and m.country is None:
            letters = _acronym_letters(key)
            candidates = [j for j in longs if out[j].label == "ORG" and initials(out[j].text).upper() == letters]
            head = min(candidates, key=lambda j: abs(out[j].start - m.start)) if candidates else None
        if head is None or head == i:
            continue
        if m.label in {"GPE", "NORP"} and (gaz.place(key) or gaz.demonym(key)):
            continue  # a real place or nationality, not an acronym
        h = out[head]
        if m.kind == "IGO" or (m.fixed and m.country):
            # a known body keeps what it is ("ICO"), and tells its full name's
            if h.country is None and (h.kind != m.kind or m.country) and (introduced or len(key) >= 3):
                out[head] = replace(h, kind=m.kind if m.kind == "IGO" else h.kind or m.kind, country=m.country)
            continue
        country = h.country or m.country
        out[i] = replace(m, label=h.label if h.label == "ORG" else m.label, name=h.name or _norm(h.text),
                         country=country, kind=h.kind or m.kind)
        if h.country is None and country is not None:
            out[head] = replace(h, country=country)
    return out


def _find_missed_short_forms(found: list[Mention], text: str, aliases: dict[str, int],
                             longs: list[int]) -> list[Mention]:
    """Occurrences of an introduced short form or of an organisation's initials (three letters or
    more) that NER missed become mentions ("CGGA officials said")."""
    forms = {a for a, j in aliases.items() if found[j].label == "ORG"}
    forms.update(i for i in (initials(found[j].text).upper() for j in longs if found[j].label == "ORG") if len(i) >= 3)
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for form in forms:
        for hit in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            if any(s < hit.end() and hit.start() < e for s, e in taken):
                continue
            out.append(Mention(hit.start(), hit.end(), form, "ORG", "coref"))
            taken.append(hit.span())
    return out


def _link_short_forms(found: list[Mention]) -> list[Mention]:
    """'the Bank' after 'Dutch Central Bank', 'Navy' after 'U.S. Navy', 'Radio' after 'Accra
    Radio': an unplaced organisation named by the head words of an earlier organisation's name
    takes its country (the nearest such organisation before it)."""
    out = list(found)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for pos, i in enumerate(order):
        m = out[i]
        if m.label != "ORG" or m.country is not None or m.kind == "IGO" or not m.text[:1].isupper():
            continue
        words = m.text.split()
        if _short_form_of_earlier_company(m, [out[j] for j in order[:pos]]):
            continue  # "Liposome" after "Liposome Co Inc" is that company, not "Canadian Liposome Co Ltd"
        for j in reversed(order[:pos]):
            o = out[j]
            if o.label != "ORG" or o.start >= m.start or (o.country is None and o.kind != "IGO"):
                continue
            other = _CORPORATE_SUFFIX.sub("", _norm(o.text)).split()
            # the head words of the longer name ("Bank" of "Dutch Central Bank"); a name's first
            # words are the company itself, linked by _link_orgs ("Rank Xerox" is not "Rank
            # Xerox South Africa").
            if len(other) > len(words) and other[-len(words) :] == words:
                out[i] = replace(m, country=o.country, kind=o.kind or m.kind,
                                 name=o.name if o.kind == "IGO" else m.name)
                break
    return out


def _short_form_of_earlier_company(m: Mention, earlier: list[Mention]) -> bool:
    """Whether ``m`` is the first words of an earlier organisation's longer name, the chain
    ``_link_orgs`` made ("Liposome" after "Liposome Co Inc"): that company, which
    ``_share_org_countries`` places, not a unit whose name ends in the same words."""
    return bool(m.name) and any(
        o.label == "ORG" and o.name == m.name and len(o.text) > len(m.text) for o in earlier
    )


def _org_names_tagged_person(found: list[Mention]) -> list[Mention]:
    """'Morgan also reported a loss' tagged PERSON where other mentions of 'Morgan' are the bank:
    NER labels each mention alone, but one name in one article is one thing. A PERSON mention
    spelled as an organisation mention of the article, or as its name without the legal form,
    joins that organisation, unless the article names a person of that surname ("Morgan Stanley"
    and "Mr Morgan")."""
    orgs: dict[str, Mention] = {}
    for m in sorted(found, key=lambda m: m.start):
        if m.label == "ORG" and m.name:
            orgs.setdefault(fold(m.text), m)
            orgs.setdefault(org_key(m.text), m)  # "Hammond" after "Hammond Corp"
    surnames = _surnames(found)
    return [
        replace(m, label="ORG", name=o.name, country=o.country, kind=o.kind)
        if m.label == "PERSON" and (o := orgs.get(fold(m.text))) is not None and fold(m.text) not in surnames
        else m
        for m in found
    ]


def _link_inner_name_words(found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Sharp operates 38 offices' after '<I P Sharp Associates Ltd> of Toronto': an unplaced
    one-word organisation mention that is an inner word of exactly one organisation named before
    (not its first word, which ``_link_orgs`` handles, and not a generic head such as "Bank" or a
    legal form) is that organisation."""
    generic = org_heads(gaz) | set(gaz.legal_suffix_countries)
    earlier = sorted((m for m in found if m.label == "ORG" and m.name and " " in m.text.strip()), key=lambda m: m.start)
    surnames = _surnames(found)
    out = []
    for m in found:
        word = m.text.strip()
        # (NER often calls such a word a person: "Verner operates 38 offices")
        person_tagged = m.label == "PERSON" and fold(word) not in surnames and gaz.person(word) is None
        candidate = m.label == "ORG" or person_tagged
        if candidate and m.country is None and " " not in word and word[:1].isupper() and not word.isupper() \
                and word not in generic and not _short_form_of_earlier_company(m, earlier):
            hosts = {o.name: o for o in earlier if o.start < m.start and word in o.text.split()[1:]}
            if len(hosts) == 1:
                host = next(iter(hosts.values()))
                m = replace(m, label="ORG", name=host.name, country=host.country, kind=host.kind or m.kind)
        out.append(m)
    return out


def _surnames(found: list[Mention]) -> set[str]:
    """Folded last words of the people the article names in full ("Mr Morgan" after "John Morgan")."""
    return {fold(m.text.split()[-1]) for m in found if m.label == "PERSON" and len(m.text.split()) > 1}


def _share_org_countries(found: list[Mention]) -> list[Mention]:
    """Mentions of one organisation (one canonical name) share the first country found for it."""
    country: dict[str, str] = {}
    for m in sorted(found, key=lambda m: m.start):
        if m.label == "ORG" and m.country and m.name:
            country.setdefault(m.name, m.country)
    return [
        replace(m, country=country[m.name]) if m.label == "ORG" and m.country is None and m.name in country else m
        for m in found
    ]


_TITLE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.&-]*|vice|deputy|chief|executive|managing|general|senior|of|the|and))*\s+"
)
_APPOSITION_GAP = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z][a-z-]*\s+){1,7}(?:of|at|for)\s+(?:the\s+)?<?")


def _people_of_linked_orgs(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A person titled by an organisation placed only by coreference ("ASA Vice President James
    Adams" once ASA is the American Soybean Association; "Kenneth Buckler, executive vice
    president at Total Petroleum Co") takes its country, and so does his chain."""
    orgs = [m for m in found if m.label == "ORG" and m.country and m.kind != "IGO"]
    placed: dict[str, str] = {}

    def clear(lo: int, hi: int) -> bool:  # no other name and no sentence end in between
        return not re.search(r"[a-z]{2,}[.;:]\s", text[lo:hi]) and not any(
            lo <= x.start and x.end <= hi for x in found if x.label in {"PERSON", "GPE", "NORP"})

    for m in found:
        if m.label != "PERSON" or m.country is not None or m.name in placed:
            continue
        for o in orgs:
            if o.end <= m.start and m.start - o.end <= 60 and clear(o.end, m.start):
                gap = text[o.end : m.start]
                if _TITLE_GAP.fullmatch(gap) and {w for w in re.findall(r"[a-z]+", gap.lower())} & gaz.titles:
                    placed[m.name or m.text] = o.country
            elif m.end <= o.start <= m.end + 70 and clear(m.end, o.start):
                gap = text[m.end : o.start]
                if _APPOSITION_GAP.fullmatch(gap) and {w for w in re.findall(r"[a-z]+", gap.lower())} & gaz.titles:
                    placed[m.name or m.text] = o.country
    return [
        replace(m, country=placed[m.name or m.text]) if m.label == "PERSON" and m.country is None
        and (m.name or m.text) in placed else m
        for m in found
    ]


_COMPANY_TITLE = re.compile(
    r"\bcompany\s+(?:spokesman|spokeswoman|spokesperson|official|executive|chairman|president|director|treasurer)\s+$"
)


def _company_spokesmen(found: list[Mention], text: str) -> list[Mention]:
    """'company spokeswoman Judy Wish': wire shorthand for an officer of the company the story is
    about, its first company named; the person takes its country (and so does his chain)."""
    companies = sorted((m for m in found if m.label == "ORG" and m.kind == "BUS" and m.country), key=lambda m: m.start)
    if not companies:
        return found
    placed: dict[str, str] = {}
    for m in found:
        if m.label == "PERSON" and m.country is None and _COMPANY_TITLE.search(text[max(0, m.start - 40) : m.start]):
            first = companies[0]
            if first.start < m.start:
                placed[m.name or m.text] = first.country
    return [
        replace(m, country=placed[m.name or m.text]) if m.label == "PERSON" and m.country is None
        and (m.name or m.text) in placed else m
        for m in found
    ]
