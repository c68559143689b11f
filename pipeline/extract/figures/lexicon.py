"""The figures extractor's language data (``data/*.yaml``), loaded once and compiled into regexes.

The engine never hard-codes a word list: every scale, number word, currency, unit, hedge and cue
lives in the YAML files next to this module, so adding a currency or a hedge is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.datafiles import load_mapping

DATA_DIR = Path(__file__).with_name("data")
DATA_FILES = ("numbers.yaml", "currencies.yaml", "lexicon.yaml", "periods.yaml")


def load_yaml(name: str) -> dict[str, Any]:
    """One data file as a dict; duplicate keys or a non-mapping document are configuration errors."""
    return load_mapping(DATA_DIR / name)


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase``: literal characters, any run of white space where it has a space."""
    return r"\s+".join(re.escape(part) for part in phrase.split())


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``phrases``, longest first so that the longest phrase wins."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in ordered)


def _norm(phrase: str) -> str:
    """The lookup key of a matched phrase: lower case, single spaces."""
    return " ".join(phrase.lower().split())


@dataclass(frozen=True)
class Lexicon:
    """Everything the engine looks up, keyed by normalised phrase."""

    units: dict[str, int]
    tens: dict[str, int]
    hundred: int
    scales: dict[str, float]
    glued_scales: dict[str, float]
    prefixes: dict[str, str]
    dollar_words: tuple[str, ...]
    cent_words: tuple[str, ...]
    glued_suffixes: dict[str, tuple[str, float]]
    dollar_qualifiers: dict[str, str]
    currency_words: dict[str, tuple[str, float]]
    codes: tuple[str, ...]
    ambiguous: dict[str, dict[str, str]]
    historic: dict[str, tuple[int, str]]
    percent_words: dict[str, str]
    quantity_units: dict[str, tuple[str, float, str | None]]
    per_words: dict[str, str]
    per_articles: tuple[str, ...]
    per_glued: dict[str, str]
    people_nouns: dict[str, str]
    count_modifier_max: int
    count_modifier_stop: frozenset[str]
    hedges: dict[str, str | None]
    post_hedges: dict[str, str]
    range_joiners: tuple[str, ...]
    multiplier_words: dict[str, float]
    times_followers: tuple[str, ...]
    subjects: dict[str, str]
    bilateral_cues: tuple[str, ...]
    partyless_kinds: tuple[str, ...]
    forecast_cues: tuple[str, ...]
    target_cues: tuple[str, ...]
    baseline_cues: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    name_prefixes: tuple[str, ...]
    flow_nouns: frozenset[str]
    count_labels: frozenset[str]
    people_anaphors: dict[str, str]
    people_anaphor_min: int
    amount_nouns: tuple[str, ...]


def _currency_words(raw: dict[str, Any]) -> dict[str, tuple[str, float]]:
    """``words`` entries are either a code or ``{code, factor}``; normalise to (code, factor)."""
    out: dict[str, tuple[str, float]] = {}
    for phrase, spec in raw.items():
        if isinstance(spec, str):
            out[_norm(phrase)] = (spec, 1.0)
        else:
            out[_norm(phrase)] = (spec["code"], float(spec.get("factor", 1.0)))
    return out


def _inverted(groups: dict[str, list[str]]) -> dict[str, str]:
    """{canonical: [forms]} -> {form: canonical}; a form listed twice is a data error."""
    out: dict[str, str] = {}
    for canonical, forms in groups.items():
        for form in forms:
            key = _norm(form)
            if key in out:
                raise ValueError(f"form {form!r} listed under both {out[key]!r} and {canonical!r}")
            out[key] = canonical
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (loaded once per process)."""
    numbers = load_yaml("numbers.yaml")
    money = load_yaml("currencies.yaml")
    lex = load_yaml("lexicon.yaml")
    return Lexicon(
        units={_norm(k): int(v) for k, v in numbers["units"].items()},
        tens={_norm(k): int(v) for k, v in numbers["tens"].items()},
        hundred=int(numbers["hundred"]),
        scales={_norm(k): float(v) for k, v in numbers["scales"].items()},
        glued_scales={k: float(v) for k, v in numbers["glued_scales"].items()},
        prefixes=dict(money["prefixes"]),
        dollar_words=tuple(money["dollar_words"]),
        cent_words=tuple(money["cent_words"]),
        glued_suffixes=_currency_words(money["glued_suffixes"]),
        dollar_qualifiers={_norm(k): v for k, v in money["dollar_qualifiers"].items()},
        currency_words=_currency_words(money["words"]),
        codes=tuple(money["codes"]),
        ambiguous={code: dict(cues) for code, cues in money["ambiguous"].items()},
        historic={code: (int(s["before"]), s["code"]) for code, s in money["historic"].items()},
        percent_words={_norm(k): v for k, v in lex["percent_words"].items()},
        quantity_units={
            _norm(k): (v[0], float(v[1]), v[2]) for k, v in lex["quantity_units"].items()
        },
        per_words=_inverted(lex["per_phrases"]),
        per_articles=tuple(lex["per_articles"]),
        per_glued={k.lower(): v for k, v in lex["per_glued"].items()},
        people_nouns=_inverted(lex["people_nouns"]),
        count_modifier_max=int(lex["count_modifier_max"]),
        count_modifier_stop=frozenset(w.lower() for w in lex["count_modifier_stop"]),
        hedges={_norm(k): v for k, v in lex["hedges"].items()},
        post_hedges={_norm(k): v for k, v in lex["post_hedges"].items()},
        range_joiners=tuple(lex["range_joiners"]),
        multiplier_words={_norm(k): float(v) for k, v in lex["multiplier_words"].items()},
        times_followers=tuple(lex["times_followers"]),
        subjects={_norm(k): v for k, v in lex["subjects"].items()},
        bilateral_cues=tuple(lex["bilateral_cues"]),
        partyless_kinds=tuple(lex["partyless_kinds"]),
        forecast_cues=tuple(lex["forecast_cues"]),
        target_cues=tuple(lex["target_cues"]),
        baseline_cues=tuple(lex["baseline_cues"]),
        reporting_verbs=tuple(lex["reporting_verbs"]),
        name_prefixes=tuple(lex["name_prefixes"]),
        flow_nouns=frozenset(w.lower() for w in lex["flow_nouns"]),
        count_labels=frozenset(w.lower() for w in lex["count_labels"]),
        people_anaphors={_norm(k): v for k, v in lex["people_anaphors"].items()},
        people_anaphor_min=int(lex["people_anaphor_min"]),
        amount_nouns=tuple(lex["amount_nouns"]),
    )


def norm(phrase: str) -> str:
    """Public form of the lookup normalisation (lower case, single spaces)."""
    return _norm(phrase)


@dataclass(frozen=True)
class PeriodCues:
    """Compiled period-binding cues (``data/periods.yaml``)."""

    anaphors: dict[str, str]
    anaphor: re.Pattern[str]
    anaphor_blocker: re.Pattern[str]
    event_gap: re.Pattern[str]
    change_base_gap: re.Pattern[str]
    from_before: re.Pattern[str]
    fiscal_end_before: re.Pattern[str]
    parallel_conjunction: re.Pattern[str]
    level_setting: re.Pattern[str]
    month_year_gap: re.Pattern[str]
    relative_year: re.Pattern[str]
    event_noun_after: re.Pattern[str]
    head_relative: re.Pattern[str]
    contrast: re.Pattern[str]
    previous_months: re.Pattern[str]


def _any_word(phrases) -> re.Pattern:
    """Any of ``phrases`` as a whole word (not inside a hyphenated or longer word), case-insensitive."""
    return re.compile(rf"(?<![\w-])(?:{alternation(list(phrases))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def period_cues() -> PeriodCues:
    """The period-binding cues, compiled once per process."""
    data = load_yaml("periods.yaml")
    anaphors = {_norm(k): str(v) for k, v in data["period_anaphors"].items()}
    dets = alternation(list(data["from_determiners"]))
    return PeriodCues(
        anaphors=anaphors,
        anaphor=re.compile(rf"(?<![\w-])({alternation(list(anaphors))})(?![\w-])", re.IGNORECASE),
        anaphor_blocker=re.compile(rf"\s+(?!(?:{alternation(list(data['period_anaphor_role_words']))})\s+\d)"
                                   rf"(?:{alternation(list(data['period_anaphor_blockers']))}|\d)(?![\w-])",
                                   re.IGNORECASE),
        event_gap=_any_word(data["event_time_cues"]),
        change_base_gap=_any_word(data["change_base_cues"]),
        from_before=re.compile(rf"(?<![\w-])from\s+(?:(?:{dets})\s+)?$", re.IGNORECASE),
        fiscal_end_before=re.compile(rf"[\s,]*(?:{alternation(list(data['fiscal_year_end_cues']))})\s+(?:in\s+)?",
                                     re.IGNORECASE),
        parallel_conjunction=_any_word(data["parallel_conjunctions"]),
        level_setting=_any_word(data["level_setting_verbs"]),
        month_year_gap=re.compile(
            rf"\s+(?:(?!(?:{alternation(list(data['month_year_gap_stop_words']))})\s)[A-Za-z-]+\s+)"
            rf"{{0,{int(data['month_year_gap_max_words'])}}}", re.IGNORECASE),
        event_noun_after=re.compile(rf"\s+(?:{alternation(list(data['event_nouns']))})(?![\w-])", re.IGNORECASE),
        head_relative=_any_word(data["head_relative_anaphors"]),
        contrast=_any_word(data["contrast_conjunctions"]),
        previous_months=re.compile(rf"(?<![\w-])(?:{alternation(list(data['previous_months_words']))})\s+(\w+)\s+months\b",
                                   re.IGNORECASE),
        relative_year=re.compile(rf"(?:{alternation(list(data['month_relative_years']))})", re.IGNORECASE),
    )
