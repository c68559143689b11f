"""Candidate entity mentions: spaCy NER plus a gazetteer scan, merged and repaired."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.nlp import text_of

_TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Undersecretary|Under-Secretary|Under Secretary)\s+(?:of|for)\s+$")
_NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "LOC"}
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_PUNCT = re.compile(r"[\s,;:\-\"“”>]+$")
# NER runs a name into its parenthesised short form: "Group of Seven (G-7", "Keidanren (Federation".
_UNCLOSED_PAREN = re.compile(r"\s*\([^)]*$")


@dataclass(frozen=True)
class Mention:
    """A candidate mention; ``source`` is ner or gazetteer, ``label`` the contract type."""

    start: int
    end: int
    text: str
    label: str
    source: str
    country: str | None = None
    kind: str | None = None
    name: str | None = None
    fixed: bool = False  # country/kind come from the gazetteer entry itself


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim possessives, a leading article and trailing punctuation from ``text[start:end]``."""
    span = text[start:end]
    m = _LEADING_ARTICLE.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    m = _POSSESSIVE.search(span)
    if m and m.start() > 0:
        end = start + m.start()
    span = text[start:end]
    m = _UNCLOSED_PAREN.search(span)
    if m and m.start() > 0:
        end = start + m.start()
    span = text[start:end]
    m = _TRAILING_PUNCT.search(span)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def from_ner(doc) -> list[Mention]:
    """spaCy's entity spans of the contract's types, cleaned."""
    text = text_of(doc)
    out = []
    for ent in doc.ents:
        label = _NER_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _clean(text, ent.start_char, ent.end_char)
        if end > start:
            out.append(Mention(start, end, text[start:end], label, "ner"))
    return out


@lru_cache(maxsize=2)
def _scan_table(gaz: Gazetteer) -> tuple[re.Pattern, dict[str, tuple[str, str | None, str | None, bool]]]:
    """One alternation over every gazetteer surface form -> (label, country, kind, fixed)."""
    table: dict[str, tuple[str, str | None, str | None, bool]] = {}
    for alias, code in gaz.case_sensitive_aliases.items():
        table[alias] = ("GPE", code, "GOV", True)
    for folded, code in gaz.demonyms.items():
        table[_title(folded)] = ("NORP", code, None, True)
    for display in gaz.igos.values():
        table[display] = ("ORG", None, "IGO", True)
    for folded, (code, kind) in gaz.institutions.items():
        table[_display(folded, gaz)] = ("ORG", code, kind, True)
    for folded, (code, kind) in gaz.persons.items():
        table[_display(folded, gaz)] = ("PERSON", code, kind, False)
    forms = sorted(table, key=len, reverse=True)
    # Wire text breaks lines anywhere: a space in a name matches any run of white space; in a
    # person's name a hyphen too ("Mir-Hossein Mousavi" is "Mir Hossein Mousavi").
    alternation = "|".join(
        (r"(?:\s+|-)" if table[f][0] == "PERSON" else r"\s+").join(re.escape(w) for w in f.split(" ")) for f in forms
    )
    pattern = re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])")
    return pattern, table


def _title(folded: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if w not in {"of", "de", "do", "da"} else w for w in folded.split(" "))


def _display(folded: str, gaz: Gazetteer) -> str:
    # Names keep their data-file spelling (acronyms such as MITI, USDA; "Diaz-Canel").
    return gaz.display_names.get(folded) or _title(folded)


def is_upper_case(text: str) -> bool:
    """Whether ``text`` is wire upper case (NER and case-sensitive forms fail on it)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


@lru_cache(maxsize=2)
def _upper_table(gaz: Gazetteer) -> tuple[re.Pattern, dict[str, tuple[str, str | None, str | None, bool]]]:
    """Upper-case forms of country names, aliases, demonyms and capitals, for wire upper case.

    Two-letter forms without dots ("US", "UK", "EC") are left out: in upper-case text "US" is
    also the pronoun.
    """
    _, table = _scan_table(gaz)
    upper: dict[str, tuple[str, str | None, str | None, bool]] = {}
    for form, entry in table.items():
        if entry[0] in {"GPE", "NORP", "ORG"} and (len(form) > 3 or "." in form):
            upper[form.upper()] = entry
    for name, code in gaz.countries.items():
        if len(name) > 3:
            upper.setdefault(name.upper(), ("GPE", code, "GOV", True))
    for name, code in gaz.cities.items():
        if len(name) > 3:
            upper.setdefault(name.upper(), ("GPE", code, None, True))
    forms = sorted(upper, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in f.split(" ")) for f in forms)
    return re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])"), upper


def from_gazetteer(text: str, gaz: Gazetteer) -> list[Mention]:
    """Mentions of gazetteer forms (case-sensitive, whole words) in ``text``; in wire upper case,
    upper-case country, city and nationality names too."""
    if is_upper_case(text):
        pattern, table = _upper_table(gaz)
    else:
        pattern, table = _scan_table(gaz)
    out = []
    for m in pattern.finditer(text):
        form = " ".join(m.group(0).split())
        entry = table.get(form) or table.get(form.replace("-", " "))
        if entry is None:
            continue
        label, code, kind, fixed = entry
        out.append(Mention(m.start(), m.end(), m.group(0), label, "gazetteer", code, kind, fixed=fixed))
    return out


def merge(ner: list[Mention], gaz: list[Mention], upper_case: bool = False) -> list[Mention]:
    """NER and gazetteer candidates, one per span.

    A gazetteer form inside a longer NER name ("Japan" in "Bank of Japan") is dropped: the name
    resolves its country from its parts. A gazetteer form covering a NER span replaces it (it
    knows the label: "U.S." tagged ORG, "Soviet" tagged GPE); other NER spans stand. In wire upper
    case NER spans are unreliable ("JAPAN AGREED" as one ORG): the gazetteer form always wins.
    """
    if upper_case:
        ner = [n for n in ner if not any(g.start < n.end and n.start < g.end for g in gaz)]
    kept: list[Mention] = []
    for g in gaz:
        inside = any(n.start <= g.start and g.end <= n.end and (n.end - n.start) > (g.end - g.start) for n in ner)
        if inside:
            continue
        kept.append(g)
    out = list(kept)
    for n in ner:
        if any(g.start <= n.start and n.end <= g.end for g in kept):
            continue
        if any(g.start < n.end and n.start < g.end for g in kept):
            # A partial overlap: the gazetteer form wins where the NER span is not longer.
            overlapping = [g for g in kept if g.start < n.end and n.start < g.end]
            if all((g.end - g.start) >= (n.end - n.start) for g in overlapping):
                continue
            out = [g for g in out if g not in overlapping]
        out.append(n)
    return sorted(out, key=lambda m: (m.start, -m.end))


def repair(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Fix NER's systematic errors: a place glued to a name, a possessive person tagged ORG."""
    out: list[Mention] = []
    for m in found:
        if not any(c.isalpha() for c in m.text) or fold(m.text) in gaz.not_entities:
            continue  # "04/09/87", "GMT", "cts": no name
        if m.label == "ORG" and _TITLE_OF.search(text[max(0, m.start - 25) : m.start]) \
                and (len(m.text.split()) == 1 or m.text.startswith("State ")) and fold(m.text) not in gaz.institutions:
            continue  # "Secretary of State", "Under-Secretary of State for Economic Affairs": part of a title
        for part in _split_place_prefix(m, text, gaz):
            out.extend(_split_hyphenated_places(part, gaz))
    out = [_company_after_head(_name_particle_extended(m, text), text) for m in out]
    out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                     (o.end - o.start) > (m.end - m.start) for o in out)]  # covered halves
    out = _rejoin_broken_names(out, text, gaz)
    out = [_place_not_person(_company_not_person(_whole_bracketed_name(m, text), gaz), gaz) for m in out]
    out = _ticker_companies(_bracketed_companies(out, text), text)
    out = _units_named_by_country(out, text, gaz)
    # Wire text breaks lines inside names: "Martin\nBangemann" is a two-word name too.
    surnames = {fold(_last_word(m.text)) for m in out if m.label == "PERSON" and len(m.text.split()) > 1}
    # Spanish and Portuguese names go by their first surname too ("Jorge Fernandez Castillo" ... "Fernandez").
    # ... and by both surnames ("Fernando Santos Alvite" ... "Santos Alvite", which NER may call a company).
    surnames |= {fold(m.text.split()[1]) for m in out if m.label == "PERSON" and len(m.text.split()) == 3}
    surnames |= {fold(" ".join(m.text.split()[1:])) for m in out if m.label == "PERSON" and len(m.text.split()) == 3}
    # Thai, Indonesian and Malay names are shortened to the first name ("Chira Phanupong" ... "Chira"),
    # which NER then calls a place; an ORG of that name is more often the company NER took for a
    # person ("Regency Cruises" ... "Regency").
    first_names = {fold(m.text.split()[0]) for m in out if m.label == "PERSON" and len(m.text.split()) == 2
                   and m.text.split()[0] not in gaz.courtesy_titles and m.text[:1].isupper()}
    out = [_city_in_place_context(m, text, surnames, gaz) for m in out]
    return [_with_courtesy_title(_relabel_person(m, surnames, gaz, first_names), text, gaz) for m in out]


def _city_in_place_context(m: Mention, text: str, surnames: set[str], gaz: Gazetteer) -> Mention:
    """'from Savona', 'in Rotterdam', 'of Abingdon, Oxon': a one-word city name tagged PERSON is the
    city where the words around it can only name a place (a place preposition before it, or a
    state/country after a comma), unless the article names a person of that surname."""
    key = fold(m.text)
    if m.label != "PERSON" or " " in m.text or key in surnames or key not in gaz.cities or gaz.person(m.text):
        return m
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : m.end + 40]
    if _PLACE_PREPOSITION_BEFORE.search(before) and not after.startswith(("'s", "'")):
        return replace(m, label="GPE")
    follow = _COMMA_NAME_AFTER.match(after)
    if follow and (gaz.place(follow.group(1)) or follow.group(1) in gaz.dateline_regions):
        return replace(m, label="GPE")
    return m


# "said in Rotterdam", "a tanker from Savona": prepositions that take places, not people
# ("to" and "by" take both: "a letter to Baker", "said by Baker").
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|off)\s+$")
_COMMA_NAME_AFTER = re.compile(r",\s*([A-Z][\w.]*(?:\s+[A-Z]\w*)?)")


def _whole_bracketed_name(m: Mention, text: str) -> Mention:
    """Wire style brackets a company without a ticker: "<OK Petroleum AB>". A NER span inside the
    brackets is the whole bracketed name."""
    if m.label not in {"ORG", "PERSON", "GPE"}:
        return m
    opening = text.rfind("<", max(0, m.start - 60), m.start + 1)
    if opening < 0 or ">" in text[opening : m.start]:
        return m
    closing = text.find(">", m.start, m.end + 60)
    if closing < 0 or "<" in text[opening + 1 : closing] or "\n\n" in text[opening:closing]:
        return m
    start, end = _clean(text, opening + 1, closing)
    if not text[start:end].strip() or (text[start:end].isupper() and len(text[start:end].split()) == 1):
        return m  # a ticker code, not a name
    if m.fixed and m.label == "ORG" and text[start:end] != m.text:
        # a dictionary name inside a longer company name ("Sony" in "<Sony Audio (M) Sdn Bhd>"):
        # the company is resolved as a whole
        m = replace(m, country=None, kind=None, fixed=False)
    return replace(m, start=start, end=end, text=text[start:end], label="ORG" if m.label == "PERSON" else m.label)


_BRACKETED = re.compile(r"<([A-Z][^<>\n]*?[a-z][^<>\n]*?)>")
# A company's national unit names its country in round brackets, then maybe a legal form:
# "Texaco Petroleum Maatschaapij (Netherlands) BV", "Shell Petroleum (Australia) Ltd".
_COUNTRY_IN_BRACKETS = re.compile(
    r"[ \t\n]*\(([A-Z][A-Za-z. ]{1,30})\)((?:[ \t\n]+(?:Ltd|Pty|Inc|Co|Corp|BV|NV|AG|SA|Plc|GmbH|SpA|AB|Limited)\.?)*)"
)


def _units_named_by_country(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A company name followed by a country in brackets is that country's unit: the mention covers
    the brackets (and a legal form after them) and takes the bracketed country, not the group's."""
    out, units = [], []
    for m in found:
        match = _COUNTRY_IN_BRACKETS.match(text, m.end) if m.label == "ORG" else None
        code = gaz.countries.get(fold(match.group(1))) if match else None
        if code is not None:
            m = replace(m, end=match.end(), text=text[m.start : match.end()], country=code, kind="BUS", fixed=True)
            units.append(m)
        out.append(m)
    # (the bracketed country is part of the unit's name, no mention of its own)
    return [o for o in out if not any(u is not o and u.start <= o.start and o.end <= u.end for u in units)]


def _bracketed_companies(found: list[Mention], text: str) -> list[Mention]:
    """Every "<Name>" of wire style is a company, also where NER saw nothing in it."""
    out = list(found)
    for match in _BRACKETED.finditer(text):
        start, end = match.span(1)
        if end - start > 80 or any(m.start < end and start < m.end for m in out):
            continue
        start, end = _clean(text, start, end)
        out.append(Mention(start, end, text[start:end], "ORG", "ner"))
    return sorted(out, key=lambda m: (m.start, -m.end))


# "Canon Inc <CANN.T>", "Volvo AB <VOLV ST>": a capitalised name with a legal form right before a
# wire ticker is a company, also where NER saw nothing.
_NAME_BEFORE_TICKER = re.compile(
    r"((?:[A-Z](?:[\w&-]|'(?!s\b))*\s+){0,4}(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|BV|AB|SpA|KK|Bhd|Berhad|GmbH|Oy))\.?"
    r"\s*<[A-Z0-9.& ]{1,12}>"
)


def _ticker_companies(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    for match in _NAME_BEFORE_TICKER.finditer(text):
        start, end = match.span(1)
        if any(m.start < end and start < m.end for m in out):
            continue
        out.append(Mention(start, end, text[start:end], "ORG", "ner"))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _place_not_person(m: Mention, gaz: Gazetteer) -> Mention:
    """'Togo', 'Bandar Abbas' tagged PERSON: a country's name, or a city's name of two words or
    more that is no known person, is the place (one-word city names are too often surnames)."""
    if m.label != "PERSON" or gaz.person(m.text) is not None:
        return m
    if (m.text in gaz.dateline_regions or m.text + "." in gaz.dateline_regions) and len(m.text) > 2:
        return replace(m, label="GPE")  # "Shawnee, Okla": a state's abbreviation
    key = fold(m.text)
    if key in gaz.countries or (len(key.split()) > 1 and key in gaz.cities):
        return replace(m, label="GPE")
    return m


def _company_not_person(m: Mention, gaz: Gazetteer) -> Mention:
    """'Regency Cruises Inc', 'Cho Heung Bank' tagged PERSON: a name ending in a legal form or in an
    organisation's head word (the kind cues' capitalised words: Bank, Group, Ministry, ...) is a body."""
    words = m.text.replace(",", " ").split()
    if m.label == "PERSON" and words and (
        words[-1].rstrip(".") in gaz.legal_suffix_countries or words[-1] in org_heads(gaz)
    ):
        return replace(m, label="ORG")
    return m


@lru_cache(maxsize=2)
def org_heads(gaz: Gazetteer) -> frozenset[str]:
    """Capitalised head words of organisation names ("Bank", "Ministry", the kind cues' words)."""
    cues = {w for _, words in gaz.kind_cues for w in words if w[:1].isupper() and " " not in w}
    return frozenset(cues | {"Bank", "Ministry", "Fund", "Exchange", "Trust", "Airport", "Bureau", "Office"})


def _with_courtesy_title(m: Mention, text: str, gaz: Gazetteer) -> Mention:
    """'Mr Lavrov': NER leaves the courtesy title out; it is part of the mention."""
    if m.label != "PERSON":
        return m
    match = re.search(r"(\S+)\s+$", text[max(0, m.start - 12) : m.start])
    if match and match.group(1) in gaz.courtesy_titles:
        start = m.start - len(match.group(0))
        return replace(m, start=start, text=text[start : m.end])
    return m


def _split_place_prefix(m: Mention, text: str, gaz: Gazetteer) -> list[Mention]:
    """'Havana Viktor Koronelli' (after 'Ambassador to') -> the place and the person; 'Frenchman
    Hubert Perrodo' -> the nationality and the person."""
    if m.label != "PERSON":
        return [m]
    words = list(re.finditer(r"\S+", m.text))
    if len(words) < 3 or gaz.person(m.text) is not None:
        return [m]  # (not "President Leon Febres Cordero": Leon is also a Nicaraguan city)
    first = words[0].group(0)
    prefix_end = m.start + words[0].end()
    person_start = m.start + words[1].start()
    person = Mention(person_start, m.end, text[person_start : m.end], "PERSON", "ner")
    if gaz.demonym(first):
        return [Mention(m.start, prefix_end, first, "NORP", "ner"), person]
    code = gaz.place(first)
    if code is None:
        return [m]
    return [Mention(m.start, prefix_end, first, "GPE", "ner", code, "GOV", fixed=True), person]


_WORD_BEFORE = re.compile(r"([A-Z][A-Za-z.]*)\s*\n\s*$")


def _rejoin_broken_names(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """'Latin' + line break + 'American', 'West' + line break + 'German': a place or nationality
    the wire broke over two lines is one mention (with the whole name's country), not its halves."""
    out: list[Mention] = []
    for m in found:
        before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if m.label in {"NORP", "GPE", "LOC"} and before is not None:
            whole = f"{before.group(1)} {m.text}"
            group = fold(whole) in gaz.group_demonyms
            code = gaz.demonym(whole) or gaz.place(whole)
            if group or code:
                start = before.start(1)
                out = [o for o in out if not (start <= o.start < m.start)]  # drop the first half
                label = "NORP" if group or gaz.demonym(whole) else m.label
                out.append(Mention(start, m.end, text[start : m.end], label, m.source, code, "IGO" if group else None,
                                   fixed=True))
                continue
        out.append(m)
    return out


_COMPANY_HEAD_BEFORE = re.compile(
    r"\b(?:group|company|firm|concern|maker|producer|manufacturer|conglomerate|bank|carrier|airline)\s+$")


def _company_after_head(m: Mention, text: str) -> Mention:
    """'engineering group Atlas Copco' tagged PERSON: a name right after a company noun is a company."""
    if m.label == "PERSON" and _COMPANY_HEAD_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return replace(m, label="ORG")
    return m


_NAME_PARTICLES = frozenset({"von", "van", "de", "da", "del", "della", "di", "du", "der", "den", "la", "le", "bin",
                             "al"})
_NEXT_NAME = re.compile(r"\s+([A-Z][\w'-]+)")


def _name_particle_extended(m: Mention, text: str) -> Mention:
    """'Richard von' + line break + 'Weizsaecker': a person's name NER cut after a particle goes on
    to the capitalised word that follows."""
    words = m.text.split()
    if m.label != "PERSON" or len(words) < 2 or words[-1] not in _NAME_PARTICLES:
        return m
    nxt = _NEXT_NAME.match(text, m.end)
    if nxt is None:
        return m
    return replace(m, end=nxt.end(1), text=text[m.start : nxt.end(1)])


def _split_hyphenated_places(m: Mention, gaz: Gazetteer) -> list[Mention]:
    """'U.S.-Canadian', 'Iran-Iraq', 'Soviet-Israeli': two places or nationalities joined by a hyphen
    are two mentions (each with its country), not one unplaced name (NER may call the pair an
    organisation: "a U.S.-Japan pact")."""
    if m.label not in {"NORP", "GPE", "LOC", "ORG"} or "-" not in m.text or m.country is not None:
        return [m]
    cut = m.text.index("-")
    left, right = m.text[:cut], m.text[cut + 1 :]
    codes = [(gaz.demonym(w), "NORP") if gaz.demonym(w) else (gaz.place(w), "GPE") for w in (left, right)]
    if not all(code for code, _ in codes):
        return [m]
    (lc, ll), (rc, rl) = codes
    return [
        Mention(m.start, m.start + cut, left, ll, m.source, lc, None, fixed=True),
        Mention(m.start + cut + 1, m.end, right, rl, m.source, rc, None, fixed=True),
    ]


def _relabel_person(m: Mention, surnames: set[str], gaz: Gazetteer, first_names: frozenset[str] | set[str] = frozenset()
                    ) -> Mention:
    """An ORG/GPE/LOC whose text is a known person's surname is that person ("Díaz-Canel's visit"); a
    GPE/NORP that is a person's first name too ("Chira told reporters")."""
    key = fold(m.text)
    # ("North's suit" after "Oliver North": NER's region word is the person)
    if m.label in {"ORG", "GPE", "NORP", "LOC"} and m.source == "ner" and (
        key in surnames or (m.label not in {"ORG", "LOC"} and key in first_names)
    ):
        if gaz.place(m.text) is None and gaz.demonym(m.text) is None:
            return replace(m, label="PERSON")
        if key in surnames and key not in gaz.countries and gaz.demonym(m.text) is None:
            return replace(m, label="PERSON")  # "Hesse said" after "Martha Hesse": not the German state
    return m


def _last_word(text: str) -> str:
    return text.split()[-1] if text.split() else text
