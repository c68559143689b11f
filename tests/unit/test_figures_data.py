"""Integrity of the figures extractor's language data (pipeline/extract/figures/data/*.yaml)."""

from __future__ import annotations

import re

import pycountry
import pytest

from pipeline.extract.figures.lexicon import DATA_DIR, DATA_FILES, lexicon, load_yaml
from pipeline.extract.figures.patterns import patterns

ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
HISTORIC = set(load_yaml("currencies.yaml")["historic_codes"])


def _valid_currency(code: str) -> bool:
    return bool(ISO_CURRENCY.match(code)) and (pycountry.currencies.get(alpha_3=code) is not None or code in HISTORIC)


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_loads_without_duplicate_keys(name):
    assert isinstance(load_yaml(name), dict)


def test_every_data_file_is_listed():
    assert sorted(p.name for p in DATA_DIR.glob("*.yaml")) == sorted(DATA_FILES)


def test_historic_codes_are_not_current_codes():
    # A code listed as historic must really be missing from the current ISO 4217 list.
    assert not [c for c in HISTORIC if pycountry.currencies.get(alpha_3=c) is not None and c not in {"XDR"}]


def test_every_currency_code_is_iso_4217():
    lex = lexicon()
    codes = set(lex.prefixes.values()) | set(lex.dollar_qualifiers.values()) | set(lex.codes)
    codes |= {code for code, _ in lex.currency_words.values()}
    codes |= set(lex.ambiguous) | {alt for cues in lex.ambiguous.values() for alt in cues.values()}
    codes |= set(lex.historic) | {code for _, code in lex.historic.values()}
    bad = sorted(c for c in codes if not _valid_currency(c))
    assert not bad, f"not ISO 4217 (nor listed as historic): {bad}"


def test_currency_factors_are_sub_units():
    assert {factor for _, factor in lexicon().currency_words.values()} <= {1.0, 0.01}


def test_number_words_and_scales():
    lex = lexicon()
    assert lex.units["seven"] == 7 and lex.tens["seventy"] == 70 and lex.hundred == 100
    assert sorted(lex.units.values()) == list(range(20))
    assert sorted(lex.tens.values()) == list(range(20, 100, 10))
    assert all(v in (1e3, 1e6, 1e9, 1e12) for v in lex.scales.values())
    assert lex.scales["mln"] == 1e6 and lex.scales["bln"] == 1e9 and lex.scales["bn"] == 1e9


def test_hedge_bounds_are_from_the_record_vocabulary():
    allowed = {"about", "more_than", "at_least", "less_than", "at_most", None}
    lex = lexicon()
    assert set(lex.hedges.values()) | set(lex.post_hedges.values()) <= allowed


def test_quantity_units_have_positive_factors_and_known_per():
    for phrase, (unit, factor, per) in lexicon().quantity_units.items():
        assert unit and factor > 0, phrase
        assert per in (None, "day"), phrase


def test_no_phrase_is_both_a_currency_and_a_quantity_unit():
    lex = lexicon()
    assert not set(lex.currency_words) & set(lex.quantity_units)


def test_multipliers_are_positive():
    assert all(v > 0 for v in lexicon().multiplier_words.values())


def test_yaml_keywords_are_strings_not_booleans():
    # YAML 1.1 reads bare on/off/yes/no as booleans; every word list must hold strings.
    lex = lexicon()
    for words in (lex.count_modifier_stop, lex.range_joiners, lex.forecast_cues, lex.target_cues,
                  lex.baseline_cues, lex.bilateral_cues, lex.times_followers, lex.per_articles,
                  lex.reporting_verbs, lex.name_prefixes, lex.dollar_words):
        assert all(isinstance(w, str) and w for w in words)


def test_patterns_compile():
    assert patterns().digits.pattern
