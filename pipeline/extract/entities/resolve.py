"""Country and kind of each mention: registries, the actor dictionary, then the mention's context."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.entities.mentions import Mention
from pipeline.extract.nlp import text_of

# How far left of a person's name its title and nationality may reach ("The head of Russian
# diplomacy, Sergei Lavrov"; "Russian Ambassador to Havana Viktor Koronelli").
_PREFIX_TOKENS = 10
# A place after one of these prepositions is where the person is posted, not whose they are.
_POSTING_PREPOSITIONS = {"to", "in", "at", "from", "for", "on", "with", "against"}


def kind_of(text: str, gaz: Gazetteer) -> str | None:
    """The actor kind cued by the words of ``text`` (first kind in the data's order), else None."""
    words = re.findall(r"[\w.&'-]+", text)
    lowered = " " + " ".join(w.lower() for w in words) + " "
    exact = " " + " ".join(words) + " "
    for kind, cues in gaz.kind_cues:
        for cue in cues:
            if cue.islower():
                if f" {cue} " in lowered:
                    return kind
            elif f" {cue} " in exact:
                return kind
    return None


def country_in_text(text: str, gaz: Gazetteer) -> str | None:
    """The country named inside a name ("Bank of Japan", "U.S. Agriculture Department").

    A country or nationality anywhere in the name wins ("Export-Import Bank of Japan" is not the
    U.S. Export-Import Bank; "Commonwealth Bank of Australia"); then a legal form only one country
    uses ("Sdn Bhd", "AB", "SpA"); then a big city or a named
    institution ("Tokyo Electric Power Co", "White House Economic Policy Council"); then a word
    of the name in its own language ("Deutsche Bank").
    """
    tokens = re.findall(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*", text)
    groups = {gaz.institutions[fold(w)][0] for w in text.split()
              if fold(w) in gaz.institutions and gaz.institutions[fold(w)][1] == "BUS"}
    form_country = gaz.one_country_form(text.split()[-1]) if text.split() else None
    for pass_ in ("country", "other"):
        if pass_ == "other" and form_country is not None:
            # a legal form only one country uses beats a group name: "Sony Electronics (M) Sdn Bhd"
            # is the Japanese group's Malaysian company
            return form_country
        if pass_ == "other" and len(groups) > 1:
            return None  # a joint venture of two groups ("Caterpillar Mitsubishi Ltd"): its name does not say
        for chunk in tokens:
            words = chunk.split()
            # Longest sub-sequence first, so "South Africa" beats "Africa".
            for size in range(len(words), 0, -1):
                for i in range(len(words) - size + 1):
                    part = " ".join(words[i : i + size])
                    key = fold(part)
                    if pass_ == "country":
                        # (a province or state is as good as its country: "Manitoba Agriculture Department")
                        code = gaz.countries.get(key) or gaz.demonym(part) or gaz.provinces.get(key)
                        if code is None and size > 1 and gaz.countries.get(fold(words[i + size - 1])):
                            # a state of two words whose last word is a country: "State of New Jersey"
                            # is not Jersey's
                            code = gaz.region(part)
                    else:
                        code = None
                        if not _only_legal_forms_after(words, i + size, chunk, tokens):
                            code = gaz.org_cities.get(key)  # "Tokyo Electric Power Co", not "Santos Ltd"
                        if code is None and key in gaz.institutions and (
                            size > 1
                            or (i == 0 and kind_of(text, gaz) == "GOV")
                            or (i == 0 and chunk is tokens[0] and gaz.institutions[key][1] == "BUS")
                        ):
                            # "White House Economic Policy Council", "House Agriculture Committee";
                            # a company's group name first: "Mitsubishi Heavy Industries Ltd"
                            code = gaz.institutions[key][0]
                    if code:
                        return code
    # A word of the name in its own language places it ("Deutsche Bank", "Nippon Steel").
    for word in re.findall(r"[\w'-]+", text):
        if word in gaz.org_name_cues:
            return gaz.org_name_cues[word]
    return None


_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "cos", "ltd", "plc", "sa", "ag", "nv", "bv", "spa",
                          "gmbh", "lp", "pty", "ltd."})


def _only_legal_forms_after(words: list[str], end: int, chunk: str, chunks: list[str]) -> bool:
    """Whether a place word is the whole name but for a legal form ("Santos Ltd", "Denver Corp"):
    a company named after a city is not placed by the city."""
    rest = [w.lower().rstrip(".") for w in words[end:]]
    return len(chunks) == 1 and end == len(words) - len(rest) and bool(rest) and all(w in _LEGAL_FORMS for w in rest) \
        and len(words) - len(rest) == 1


def resolve_all(found: list[Mention], doc, gaz: Gazetteer, on: date) -> list[Mention]:
    """Every mention with its country and kind; places and groups first, people last."""
    first = [_resolve_static(m, gaz) for m in found]
    first = [_company_named_after_city(m, r, found, gaz) for m, r in zip(found, first, strict=True)]
    out = [_resolve_person(m, first, doc, gaz) if m.label == "PERSON" else m for m in first]
    out = [_resolve_place_of_state(m, out, doc, gaz) if m.label == "GPE" and m.country is None else m for m in out]
    # "Alice Springs": a town only one country has (after "Beaufort, S.C.", which the state places)
    out = [replace(m, country=gaz.small_towns.get(fold(m.text)))
           if m.label in {"GPE", "LOC"} and m.country is None and not m.fixed and not _FEATURE.search(m.text) else m
           for m in out]
    # (an international body or a multinational is placed for good: "the EC, the U.S. and Japan" is
    # a list, not an apposition placing the EC)
    out = [_resolve_org_apposition(m, out, doc, gaz) if m.label == "ORG" and _unplaced_body(m) else m for m in out]
    out = [_resolve_org_of_place(m, out, doc) if m.label == "ORG" and _unplaced_body(m) else m for m in out]
    out = [_resolve_org_ticker(m, doc, gaz) if m.label == "ORG" and _unplaced_body(m) else m for m in out]
    out = [_resolve_based_in(m, doc, gaz) if m.label == "ORG" and _unplaced_body(m) else m for m in out]
    out = [_resolve_owner_before(m, out, doc) if _unplaced_body(m) else _owner_before_named(m, out, doc) for m in out]
    out = [_resolve_person_of_place(m, out, doc, gaz) if m.label == "PERSON" and m.country is None else m for m in out]
    out = [_resolve_party_word(m, doc, gaz) if m.label == "NORP" and m.country is None else m for m in out]
    return [replace(m, country=gaz.period_code(m.country, on)) for m in out]


# A natural feature is no town of the same name ("the Pearl River estuary" is not Pearl River, N.Y.).
_FEATURE = re.compile(r"\b(?:River|Sea|Lake|Gulf|Bay|Straits?|Delta|Basin|Valley|Plain|Field|Canal|Mountains|Range|"
                      r"Peninsula|Coast|Ocean|Channel|Desert|Islands?|Estuary|Reef)$")
_TICKER_WITH_EXCHANGE = re.compile(r"\s*>?\s*<[A-Z0-9&]+(?:[. ]([A-Z]{1,3}))?>")


def _resolve_org_ticker(m: Mention, doc, gaz: Gazetteer) -> Mention:
    """'Mitsubishi Heavy Industries Ltd <MITH.T>', 'Volvo AB <VOLV ST>': the exchange suffix of the
    wire's ticker places the company (its home listing); a bare ticker ('<TBS>') is a U.S. one."""
    match = _TICKER_WITH_EXCHANGE.match(text_of(doc), m.end)
    if match and (match.group(1) or "") in gaz.ticker_exchanges:
        return replace(m, country=gaz.ticker_exchanges[match.group(1) or ""])
    return m


def _owner_before_named(m: Mention, resolved: list[Mention], doc) -> Mention:
    """'the Japanese Export-Import Bank', 'an Indonesian Ministry of Trade': a nationality or a
    possessive country right before a body whose name the dictionary gives another country (a
    generic name many countries use) is its country."""
    if m.label != "ORG" or m.country is None or m.kind == "IGO":
        return m
    owned = _resolve_owner_before(replace(m, country=None), resolved, doc)
    return owned if owned.country not in {None, m.country} else m


def _unplaced_body(m: Mention) -> bool:
    return m.country is None and not m.fixed and m.kind != "IGO" and m.label in {"ORG", "LOC", "GPE"}


# Words that may stand between an owner and the organisation it owns: "Sweden's state-owned
# <OK Petroleum AB>", "the Iranian news agency IRNA", "Thailand's Board of Investment".
_OWNER_GAP_POS = {"ADJ", "NOUN", "PUNCT", "DET", "NUM", "SYM", "X", "SPACE"}  # (SPACE: a wire line break)


_BASED_IN = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})-based\s+(?:[a-z][a-z-]*\s+){0,4}<?$")


def _resolve_based_in(m: Mention, doc, gaz: Gazetteer) -> Mention:
    """'London-based Acme Holdings', 'the Cyprus-based newsletter Petro Review': an organisation
    after "<place>-based" and descriptive words is in that place's country."""
    text = text_of(doc)
    if re.match(r"\s*>?\s*(?:'s\s+)?(?:[a-z-]+\s+)?(?:unit|subsidiary|affiliate|division|arm|plant|office|branch)\b",
                text[m.end : m.end + 40]):
        return m  # "a Chicago-based TDK unit": the unit is based there, not TDK
    before = text[max(0, m.start - 80) : m.start]
    match = _BASED_IN.search(before)
    if match:
        code = gaz.place(match.group(1)) or gaz.region(match.group(1)) or gaz.small_towns.get(fold(match.group(1)))
        if code:
            return replace(m, country=code)
    return m


_UNIT_WORD = re.compile(r"\b(?:subsidiary|unit|affiliate|division|arm)\b")
_SAID_ITS_UNIT = re.compile(
    r"\s*(?:<[^<>]*>\s*)?\s+said\s+(?:that\s+)?its\s+(?:[a-z-]+\s+){0,2}(?:subsidiary|unit|affiliate|division|arm),?\s+<?"
)


def _resolve_owner_before(m: Mention, resolved: list[Mention], doc) -> Mention:
    """An organisation or place right after a possessive country or a nationality belongs to that
    country: "Sweden's Volvo AB", "Egypt's Public Authority for Investment", "Iraq's Faw
    peninsula", "Swedish Finance Ministry", "the Iranian news agency IRNA". Only descriptive words
    may stand between (no verb, preposition or conjunction), at most five tokens."""
    text = text_of(doc)
    owners = [
        o for o in resolved
        if o.country and o.end <= m.start and o.label in {"GPE", "NORP", "ORG"} and m.start - o.end <= 60
    ]
    if not owners:
        return m
    owner = max(owners, key=lambda o: o.end)
    gap = text[owner.end : m.start]
    possessive = re.match(r"['’]s?(?=\s)", gap)
    if m.label == "GPE" and not (possessive and owner.label == "GPE") and not (
        owner.label == "NORP" and re.fullmatch(r"\s+", gap)
    ):
        return m  # a place is owned only by a possessive country or its nationality ("Iraqi Kurdistan")
    if owner.label == "GPE" and not possessive and owner.kind != "GOV":
        return m  # a city used as an adjective ("a Houston company X") is too loose
    if owner.label == "ORG" and _SAID_ITS_UNIT.fullmatch(gap):
        return replace(m, country=owner.country)  # "Hutchison Whampoa said its subsidiary <X>"
    if owner.label == "ORG" and _UNIT_WORD.search(owner.text.split()[-1].lower()) and re.fullmatch(r"\s*<?", gap):
        return replace(m, country=owner.country)  # "Plessey's U.S. Subsidiary <Stromberg-Carlson>"
    if owner.label == "ORG" and not (possessive and (_UNIT_WORD.search(gap) or m.kind == "GOV")):
        # a company owns only its named subsidiary ("Cheung Kong's subsidiary <X>"), a public body
        # its own bodies ("the Ontario Parliament's Select Committee on Economic Affairs")
        return m
    tokens = [t for t in doc if owner.end <= t.idx and t.idx + len(t.text) <= m.start]
    if possessive:
        tokens = tokens[1:] if tokens and tokens[0].text in {"'s", "’s", "'", "’"} else tokens
    if len(tokens) > 5 or any(
        t.pos_ not in _OWNER_GAP_POS and not (t.tag_ == "VBN" and t.i > 0 and doc[t.i - 1].text == "-")
        and not _UNIT_WORD.fullmatch(t.lower_)
        for t in tokens
    ):
        return m  # "Japan for Toyota", "Japanese officials said Toyota": no owner
    if any(t.text in {",", ";", ":", ".", "(", ")", "\"", "'"} for t in tokens):
        return m
    return replace(m, country=owner.country)


def _company_named_after_city(m: Mention, r: Mention, found: list[Mention], gaz: Gazetteer) -> Mention:
    """'Santos said' after 'Santos Ltd': an ORG short form of an earlier company named after a city
    stays that company (the static step would have made it the city)."""
    key = fold(m.text)
    if m.label not in {"ORG", "GPE", "PERSON"} or key in gaz.countries or r.fixed:
        return r
    for other in found:
        if other.start < m.start and other.label == "ORG" and _legal_suffix_only(fold(other.text), key):
            return replace(m, label="ORG", country=None, kind=None, fixed=False)
    return r


def _legal_suffix_only(company: str, key: str) -> bool:
    rest = company[len(key) :].split() if company.startswith(key + " ") else []
    return bool(rest) and all(w.rstrip(".") in _LEGAL_FORMS for w in rest)


def _resolve_static(m: Mention, gaz: Gazetteer) -> Mention:
    if m.fixed or m.label == "PERSON":
        return m
    key = fold(m.text)
    if m.label in {"GPE", "LOC"}:
        if key in gaz.regions:
            return replace(m, label="LOC", country=None)
        # A state or province ("Saskatchewan", "Bahia") only where NER calls the mention a place.
        code = gaz.place(m.text) or gaz.region(m.text)
        hyphen = re.fullmatch(r"(.+?)-[a-z]+", m.text.strip())
        if code is None and hyphen:
            code = gaz.place(hyphen.group(1))  # "a U.S.-flag ship", "Tokyo-based"
        if code is None:
            code = _place_by_its_parts(m.text, gaz)
        return replace(m, country=code, kind="GOV" if code and key in gaz.countries else None)
    if m.label == "NORP":
        if key in gaz.group_demonyms:
            return replace(m, country=None)
        # "anti-Iraqi", "pro-Iranian": the nationality word names its country still
        stance = re.fullmatch(r"(?:anti|pro)-(.+)", m.text.strip())
        return replace(m, country=gaz.demonym(m.text) or (gaz.demonym(stance.group(1)) if stance else None))
    # ORG
    if key in gaz.igos:
        return replace(m, country=None, kind="IGO", fixed=True)
    if gaz.spans_countries(m.text):
        return replace(m, country=None, kind="BUS", fixed=True)  # "SAS", "Airbus Industrie": no one country
    if key in gaz.institutions and (m.text[:1].isupper() or " " in key):  # "treasury bills" is no Treasury
        code, kind = gaz.institutions[key]
        return replace(m, country=code, kind=kind, fixed=True)
    inside = [igo for igo in gaz.igos if len(igo) > 3 and re.search(rf"(?<![\w-]){re.escape(igo)}(?![\w-])", key)]
    # A one-word IGO alias that is the head of a longer name is a generic noun: "Nuclear
    # Regulatory Commission", "Monopolies and Mergers Commission" are national bodies.
    # (unless the name also holds an IGO's acronym: "EC Commission", "UN Commission").
    acronyms = {form for form in gaz.igos.values() if form.isupper()}
    named_igo = any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", m.text) for form in acronyms)
    inside = [igo for igo in inside if " " in igo or named_igo or not key.endswith(" " + igo)]
    # ("IMF Interim Committee", "GATT Council": a body named after an IGO's acronym, which the
    # length filter above leaves out)
    body_of_acronym = len(m.text.split()) > 1 and m.text.split()[0] in acronyms
    if (inside or body_of_acronym) and (any(" " in igo for igo in inside) or country_in_text(m.text, gaz) is None):
        # "European Community Commission", "World Bank's board": a body of an IGO; but a one-word
        # IGO alias after a nationality is a national body ("British High Commission").
        return replace(m, country=None, kind="IGO", fixed=True)
    if key in gaz.countries:
        # NER calls a country ORG now and then ("loaned Uganda"): it is still the country.
        return replace(m, label="GPE", country=gaz.countries[key], kind="GOV")
    code = country_in_text(m.text, gaz)
    if code is None and gaz.place(m.text):
        # NER calls a country ORG now and then ("Israel" as the government): it is still the place.
        return replace(m, label="GPE", country=gaz.place(m.text), kind="GOV")
    return replace(m, country=code, kind=kind_of(m.text, gaz))


_COMPASS = re.compile(
    r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Nn]orth-?[Ee]ast|[Nn]orth-?[Ww]est|[Ss]outh-?[Ee]ast|"
    r"[Ss]outh-?[Ww]est)(?:ern)?\s+(.+)"
)
_ADMIN_UNIT = re.compile(r"(.+?)\s+(?:province|Province|state|State|prefecture|Prefecture|region|Region|county|County)")


def _place_by_its_parts(text: str, gaz: Gazetteer) -> str | None:
    """A place named with its kind or its state: "Guangdong province", "Strathcona Alberta"; a
    state's postal abbreviation: "Mass.", "N.J."."""
    words = text.split()
    code = gaz.dateline_regions.get(" ".join(words)) or (
        gaz.dateline_regions.get(" ".join(words) + ".") if len(words) == 1 and len(words[0]) > 3 else None
    )
    if code:
        return code
    compass = _COMPASS.fullmatch(" ".join(words))
    if compass and fold(compass.group(1)) in gaz.countries and fold(compass.group(1)) != "america":
        return gaz.countries[fold(compass.group(1))]  # "North China", "southern Iraq"
    unit = _ADMIN_UNIT.fullmatch(" ".join(words))
    if unit:
        return gaz.place(unit.group(1)) or gaz.region(unit.group(1))
    if len(words) >= 2:
        return gaz.region(words[-1]) or (gaz.region(" ".join(words[-2:])) if len(words) > 2 else None)
    return None


def _resolve_place_of_state(m: Mention, resolved: list[Mention], doc, gaz: Gazetteer) -> Mention:
    """'Biloxi, Miss.', 'Princeton, La.', 'Davos, Switzerland': a town the registry does not know,
    named with its state or country after a comma, is in that state's country."""
    text = text_of(doc)
    if not re.match(r",\s*", text[m.end : m.end + 3]):
        return m
    after = m.end + len(re.match(r",\s*", text[m.end : m.end + 3]).group(0))
    for other in resolved:
        if other.start != after or other.label != "GPE" or not other.country:
            continue
        # a country only where no list goes on after it: "Davos, Switzerland, in January" but
        # "the North Sea, Ecuador and the U.S." is a list
        if fold(other.text) not in gaz.countries or not _LIST_GOES_ON.match(text, other.end):
            return replace(m, country=other.country)
    return m


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]|(?:and|or)\b|/)")


def _resolve_person_of_place(m: Mention, resolved: list[Mention], doc, gaz: Gazetteer) -> Mention:
    """'Rep. Pat Roberts of Kansas', 'Eugene Carroll of Washington's Center for Defense
    Information', 'Moss Rosenberg Verft of Stavanger' (NER calls many companies PERSON), 'Edouard
    Kouame from Ivory Coast': a name followed by "of" or "from" and a place is of that place's country."""
    text = text_of(doc)
    match = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", text[m.end : m.end + 14])
    if not match:
        return m
    at = m.end + match.end()
    for other in resolved:
        if other.start == at and other.label == "GPE" and other.country:
            return replace(m, country=other.country)
        if other.start == at and other.label == "PERSON" and gaz.person(other.text) is None and gaz.place(other.text):
            return replace(m, country=gaz.place(other.text))  # "of Rotterdam", the city tagged PERSON
    return m


def _resolve_party_word(m: Mention, doc, gaz: Gazetteer) -> Mention:
    """'Democratic senators', 'a Utah Republican': a party word NER calls a nationality, unless
    it is part of another name ("Social Democratic", "Democratic Republic", "Republican Guard")."""
    code = gaz.party_words.get(m.text)
    if code is None:
        return m
    text = text_of(doc)
    before = re.findall(r"[\w'-]+", text[max(0, m.start - 20) : m.start])
    after = re.findall(r"[\w'-]+", text[m.end : m.end + 20])
    inside_another_name = (before and before[-1] in gaz.party_words_not_after) or (
        after and after[0] in gaz.party_words_not_before
    )
    return m if inside_another_name else replace(m, country=code)


def _resolve_person(m: Mention, resolved: list[Mention], doc, gaz: Gazetteer) -> Mention:
    """A person's country from the title before or after the name, else the actor dictionary."""
    known = gaz.person(m.text)
    # The title right before the name, then a titled apposition after it, then a title before a
    # comma ("A member of the Federal Reserve Board, Robert Heller"): "an organization of U.S.
    # legislators, David Cooke, chairman of the Ontario Parliament's ..." is Canadian.
    code, title_kind = _from_prefix(m, resolved, doc, gaz, cross_commas=False)
    if code is None:
        code, apposition_kind = _from_apposition(m, resolved, doc, gaz)
        title_kind = apposition_kind if apposition_kind == "IGO" else title_kind or apposition_kind
    if code is None and known and known[0]:
        # A known person keeps his country against a place across a comma ("... Iran, which
        # President Reagan could never accept").
        code = known[0]
    if code is None and _indefinite_apposition(m, doc):
        # "Wen Wei Po, a Hong Kong daily", "Dieter Sigmar, a leading U.S. fusion researcher": a
        # description with no title still places the name it describes.
        code, described_kind = _from_apposition(m, resolved, doc, gaz, need_title=False)
        title_kind = title_kind or (described_kind if code else None)
    if code is None:
        code, comma_kind = _from_prefix(m, resolved, doc, gaz, cross_commas=True)
        title_kind = title_kind or comma_kind
    if code is None:
        code = _employer_by_head(m, resolved, doc)
    kind = title_kind or (known[1] if known else None) or "PERSON"
    return replace(m, country=code, kind=kind)


def _employer_by_head(m: Mention, resolved: list[Mention], doc) -> str | None:
    """The country of the organisation a lower-case word of the title names by its head ("exchange
    president Nicholas Giordano" after "The Philadelphia Stock Exchange"): the latest earlier
    placed organisation with that word in its name."""
    nouns = []
    for tok in reversed(_tokens_before(doc, m.start, _PREFIX_TOKENS)):
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        if tok.is_lower and tok.pos_ == "NOUN":
            nouns.append(tok.lower_)  # ("president", "chairman": no organisation's name holds them)
    if not nouns:
        return None
    for other in sorted(resolved, key=lambda o: -o.start):
        if other.end <= m.start and other.label == "ORG" and other.country \
                and set(nouns) & {w.lower() for w in other.text.split()}:
            return other.country
    return None


def _tokens_before(doc, char: int, limit: int):
    i = next((t.i for t in doc if t.idx >= char), len(doc))
    return [doc[j] for j in range(max(0, i - limit), i)]


def _from_prefix(
    m: Mention, resolved: list[Mention], doc, gaz: Gazetteer, cross_commas: bool = True
) -> tuple[str | None, str | None]:
    """Nationality and title in the words just before the name, nearest first.

    The window stops at a verb or sentence punctuation; a place governed by "to"/"in" is the post,
    not the nationality ("Russian Ambassador to Havana Viktor Koronelli" is Russian).
    """
    window = []
    for tok in reversed(_tokens_before(doc, m.start, _PREFIX_TOKENS)):
        verb = tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in _TITLE_PARTICIPLES
        if verb or tok.text in {".", ";", ":", "\"", "“", "”"} or (
            # ("a Soviet official, Ivanov": an apposition; but in "work on Indonesian projects, bank
            # Vice-President Katz" the comma ends another phrase before the title)
            tok.text == "," and (not cross_commas or window)
        ) or tok.lower_ in _CLAUSE_LINKS:
            break  # ("to visit Japan since President Reagan announced": Japan is not his)
        window.append(tok)
    if not window:
        return None, None
    lo = min(t.idx for t in window)
    kind = kind_of(" ".join(t.text for t in reversed(window)), gaz)
    # "bank Vice-President S. Stanley Katz" after "the Asian Development Bank": that IGO's office.
    if kind is not None and _names_earlier_igo({t.lower_ for t in window if t.is_lower}, resolved, lo):
        return None, "IGO"
    if kind == "BUS" and not any(t.lower_ in gaz.company_officer_titles for t in window):
        kind = None
    if kind == "GOV" and any(t.lower_ in gaz.company_officer_titles for t in window):
        # "NAWG President Jim Miller": the office of the body named before the title, when that
        # body is no government ("U.S. President", "Fed chairman" stay GOV).
        body = next((o for o in resolved if o.label == "ORG" and lo <= o.start and o.end <= m.start), None)
        if body is not None and body.kind not in {"GOV", "IGO"}:
            kind = body.kind or "ORG"
    for other in sorted(resolved, key=lambda o: -o.start):
        if not (lo <= other.start and other.end <= m.start) or other.label == "PERSON":
            continue
        if other.kind == "IGO" and not _after_posting_preposition(other, doc):
            delegate = _country_before_body(other, lo, window, resolved, doc, gaz)
            if delegate is not None:
                return delegate, "GOV"
            return None, "IGO"  # "GATT official Aart de Zeeuw"
        if other.country is None:
            continue
        if _after_posting_preposition(other, doc) or _posting_city(other, doc, gaz):
            continue
        return other.country, kind or "GOV"
    return None, kind


def _country_before_body(body: Mention, lo: int, window, resolved: list[Mention], doc, gaz: Gazetteer) -> str | None:
    """'Pakistan's acting U.N. representative', 'French EC affairs minister': a country or
    nationality before an international body in a person's title makes the title that country's
    office (its delegate to the body, its minister for the body's affairs), not the body's own;
    a commissioner of the body is the body's ("West German EC Commissioner")."""
    if any(t.lower_ in _BODY_OWN_OFFICES for t in window):
        return None
    for owner in sorted(resolved, key=lambda o: -o.start):
        if lo <= owner.start and owner.end <= body.start and owner.label in {"GPE", "NORP"} and owner.country \
                and fold(owner.text) not in gaz.regions and not _after_posting_preposition(owner, doc):
            return owner.country
    return None


# Offices of an international body itself, whoever's national holds them.
_BODY_OWN_OFFICES = frozenset({"commissioner", "commissioners", "secretary-general", "director-general"})


def _posting_city(m: Mention, doc, gaz: Gazetteer) -> bool:
    """'Dresdner Bank AG's Moscow representative', 'its Tokyo office manager': a city (not a
    country) right before a posting word is where the person works, not where they are from."""
    after = text_of(doc)[m.end : m.end + 20].split()
    return bool(after) and after[0].lower() in gaz.posting_nouns and fold(m.text) not in gaz.countries


def _names_earlier_igo(lower_words: set[str], resolved: list[Mention], before: int) -> bool:
    """Whether a lower-case word of a title is the head noun of an international body's name given
    earlier ("bank" after "the Asian Development Bank"): the title is that body's office. Only a
    body's head noun counts: the "Trade" of GATT's name does not make a trade minister GATT's."""
    heads = {o.text.split()[-1].lower() for o in resolved if o.kind == "IGO" and o.end <= before} & _BODY_NOUNS
    return bool(heads & lower_words)


# Head nouns that name a body ("the bank", "the fund", "the commission").
_BODY_NOUNS = frozenset({"bank", "fund", "organisation", "organization", "agency", "commission", "council",
                         "community", "secretariat", "committee", "court", "institute", "corporation",
                         "association", "federation", "league", "programme", "program", "club", "union"})


# Participles that are part of a title, not a verb ending it: "Pakistan's acting U.N. representative".
_TITLE_PARTICIPLES = frozenset({"acting", "outgoing", "incoming", "retiring", "serving"})

# Words that end a title's window: what stands before them belongs to another phrase.
_CLAUSE_LINKS = frozenset({"since", "because", "while", "when", "after", "before", "although", "than"})


def _after_posting_preposition(m: Mention, doc) -> bool:
    """'Ambassador to Havana', 'counsellor in its Washington embassy'; but a possessive place
    owns what follows ('deputy director for Egypt's Public Authority for Investment')."""
    if re.match(r"['’]s?\b", text_of(doc)[m.end : m.end + 2]):
        return False
    before = _tokens_before(doc, m.start, 2)
    if before and before[-1].lower_ in _POSTING_PREPOSITIONS:
        return True
    # "in its Washington embassy": a place (not a nationality) after a posting word and a determiner
    return (m.label == "GPE" and len(before) == 2 and before[-1].pos_ in {"DET", "PRON"}
            and before[0].lower_ in _POSTING_PREPOSITIONS)


# What may sit between a name and its apposition: a legal form the mention left out ("Universal
# Life and General Insurance Sdn Bhd <ULG>, a Malaysian ... company") and a wire ticker.
_LEGAL_FORM_AND_TICKER = (
    r"(?:\s+(?:Sdn\.?\s+Bhd|Bhd|Berhad|Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV|BV|SpA|GmbH|KK|AB|Oy)\.?)?"
    r"\s*>?\s*(?:<[^>]*>\s*)?"
)


def _from_apposition(
    m: Mention, resolved: list[Mention], doc, gaz: Gazetteer, need_title: bool = True
) -> tuple[str | None, str | None]:
    """'Sergei Lavrov, Russia's foreign minister, ...': nationality in a titled apposition.

    An apposition naming an international organisation makes the person its official (kind IGO,
    no country): "Aart de Zeeuw, chairman of the GATT's negotiating group".
    """
    after = text_of(doc)[m.end : m.end + 90]
    # A wire ticker may sit between the name and its apposition: "Alza Corp <AZA>, a U.S. ...".
    # (a dot after a capital is an abbreviation's: "a U.S. pharmaceutical products concern")
    match = re.match(_LEGAL_FORM_AND_TICKER + r",\s*((?:[^,.;]|(?<=[A-Z])\.){1,80})", after)
    if not match:
        return None, None
    phrase = match.group(1)
    if re.match(r"(?:who|which|whose|whom|that)\b", phrase):
        return None, None  # "Reagan, who made the contra program the centerpiece ...": a clause, no title
    words = {w.lower() for w in re.findall(r"[\w-]+", phrase)}
    if need_title and not words & gaz.titles - {"of", "the", "his", "her", "their", "its", ","}:
        return None, None
    lo = m.end + match.start(1)
    hi = m.end + match.end(1)
    kind = kind_of(phrase, gaz)
    if need_title and _names_earlier_igo(set(re.findall(r"\b[a-z]+\b", phrase)), resolved, m.start):
        return None, "IGO"  # "Babacar N'Diaye, president of the Abidjan-based bank" (the African Development Bank)
    for other in resolved:
        if lo <= other.start and other.end <= hi and other.label != "PERSON":
            if other.kind == "IGO":
                return None, "IGO"
            if other.country:
                return other.country, kind or "GOV"
    return None, kind


def _indefinite_apposition(m: Mention, doc, articles: str = "a|an") -> bool:
    """Whether a descriptive apposition opened by one of ``articles`` follows the name."""
    after = text_of(doc)[m.end : m.end + 90]
    return re.match(_LEGAL_FORM_AND_TICKER + r",\s*(?:" + articles + r")\s", after) is not None


def _resolve_org_apposition(m: Mention, resolved: list[Mention], doc, gaz: Gazetteer) -> Mention:
    """'Alza Corp, a U.S. pharmaceutical products concern, ...': a company placed by its apposition."""
    # Only a descriptive apposition places the company, not the clause that follows the name.
    if not _indefinite_apposition(m, doc, "a|an|the"):
        return m
    code, kind = _from_apposition(m, resolved, doc, gaz, need_title=False)
    return replace(m, country=code) if code and kind else m


_OF_AFTER_NAME = re.compile(r">?(?:\s*<[A-Z0-9.&]{1,12}>)?,?\s+of\s+")
# A home address after "of": capitalised names separated by commas ("Abingdon, Oxon, England").
_ADDRESS = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*){0,3}")


def _resolve_org_of_place(m: Mention, resolved: list[Mention], doc) -> Mention:
    """'Continental Grain Co of New York', 'ConAgra Inc of the U.S.': a company placed by the
    place its name is followed by (wire style for a company's home)."""
    text = text_of(doc)
    ends_with_of = re.search(r"\sof$", m.text) is not None  # "Cargill Inc of" (any white space)
    # "<Sony Corp> of Japan", "Reebok International <RBK> of Avon, Massachussetts": the wire's
    # bracket may close, or a ticker sit, between the name and "of".
    joint = _OF_AFTER_NAME.match(text, m.end, m.end + 30)
    if not (ends_with_of or joint):
        return m
    at = m.end if ends_with_of else joint.end()
    at += len(re.match(r"(?:the\s+)?", text[at : at + 5]).group(0))  # "ConAgra Inc of the U.S."
    for other in resolved:
        if other.label == "GPE" and other.country and at <= other.start <= at + 1:
            return replace(m, country=other.country)
    # "Dubilier PLC, of Abingdon, Oxon, England": the address's last placed name (the country
    # closes it), whatever NER made of the town before it.
    address = _ADDRESS.match(text, at)
    end = address.end() if address else at
    placed = [o for o in resolved if o.label == "GPE" and o.country and at <= o.start and o.end <= end]
    return replace(m, country=placed[-1].country) if placed else m
