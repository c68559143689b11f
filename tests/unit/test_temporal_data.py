"""Integrity of the temporal tagger's data files (data/lexicon.yaml, data/rules.yaml)."""

from __future__ import annotations

import re

import yaml

from pipeline.extract.temporal.lexicon import DATA_DIR, expand, lexicon, load_yaml, macros, rules
from pipeline.extract.temporal.normalise import NORMALISERS


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate mapping keys (PyYAML silently keeps the last one)."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"duplicate keys {duplicates} at line {node.start_mark.line + 1}"
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_data_files_have_no_duplicate_keys():
    for path in sorted(DATA_DIR.glob("*.yaml")):
        with open(path, encoding="utf-8") as fh:
            assert yaml.load(fh, Loader=_UniqueKeyLoader), path


def _word_lists(node, path="lexicon"):
    """Every list of words in the lexicon, with where it sits."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists(value, f"{path}.{key}")
    elif isinstance(node, list) and all(isinstance(item, str) for item in node):
        yield path, node


def test_word_lists_have_no_duplicates():
    for path, words in _word_lists(lexicon()):
        assert len(words) == len(set(words)), (path, sorted({w for w in words if words.count(w) > 1}))


def test_twelve_months_and_seven_weekdays():
    lex = lexicon()
    assert sorted(set(lex["months"].values())) == list(range(1, 13))
    assert sorted(set(lex["weekdays"].values())) == list(range(1, 8))
    assert set(lex["ambiguous_months"]) <= set(lex["months"])
    assert set(lex["abbreviated_weekdays"]) <= set(lex["weekdays"])
    full = {n: max((m for m, k in lex["months"].items() if k == n), key=len) for n in range(1, 13)}
    for name, number in lex["months"].items():  # every abbreviation is a prefix of its month's name
        assert full[number].startswith(name), name
    full_days = {n: max((d for d, k in lex["weekdays"].items() if k == n), key=len) for n in range(1, 8)}
    for name, number in lex["weekdays"].items():
        assert full_days[number].startswith(name), name


def test_numbers_ordinals_and_units_are_consistent():
    lex = lexicon()
    assert [lex["numbers"][w] for w in ("one", "two", "ten", "twenty", "ninety")] == [1, 2, 10, 20, 90]
    assert all(isinstance(v, int) and v >= 0 for v in lex["numbers"].values())
    assert len(set(lex["numbers"].values())) == len(lex["numbers"])
    assert set(lex["quarter_ordinals"]) <= set(lex["ordinals"])
    assert set(lex["half_ordinals"].values()) == {1, 2}
    for unit, (designator, factor) in lex["units"].items():
        assert designator in "YQMWDHS" and isinstance(factor, int) and factor > 0, unit
    assert set(lex["time_units"]) <= set(lex["units"])
    assert set(lex["unit_plurals"]) <= set(lex["units"])


def test_seasons_quarters_and_day_parts():
    lex = lexicon()
    assert set(lex["seasons"].values()) == {"SP", "SU", "FA", "WI"} == set(lex["season_months"])
    for first, last in lex["season_months"].values():
        assert 1 <= first <= 12 and 1 <= last <= 12
    assert set(lex["day_parts"].values()) <= {"MO", "AF", "EV", "NI"}
    assert set(lex["relative_day_parts"].values()) <= set(lex["day_parts"].values())
    assert set(lex["relative_day_parts"]) <= set(lex["relative_days"])
    assert set(lex["offset_directions"].values()) <= {-1, 1}
    for clock in lex["day_part_times"].values():
        assert re.fullmatch(r"\d\d:\d\d", clock)


def test_holidays_are_real_dates():
    lex = lexicon()
    for name, (month, day) in lex["holidays"].items():
        assert 1 <= month <= 12 and 1 <= day <= 31, name
    for name, (month, weekday, nth, after) in lex["weekday_holidays"].items():
        assert 1 <= month <= 12 and 1 <= weekday <= 7 and nth in (-1, 1, 2, 3, 4) and 0 <= after < 7, name
    assert not set(lex["holidays"]) & set(lex["weekday_holidays"])


def test_code_values_are_timex3():
    lex = lexicon()
    assert set(lex["vague_refs"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    timex_mods = {"START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
    assert set(lex["position_mods"].values()) <= timex_mods
    assert set(lex["quantity_mods"].values()) <= timex_mods
    for value in lex["set_adverbs"].values():
        assert re.fullmatch(r"PT?\d+[YQMWDHS]", value), value
    assert set(lex["shift_words"].values()) <= {-1, 0, 1}


def test_tense_cue_lists_do_not_contradict():
    cues = lexicon()["tense_cues"]
    assert not set(cues["future"]) & set(cues["past"])
    assert all(w == w.lower() for w in cues["future"] + cues["past"] + cues["future_before"])


def test_every_macro_and_rule_pattern_compiles():
    for fragment in macros().values():
        assert re.compile(fragment, re.IGNORECASE).groups == 0  # macros never capture
    specs = load_yaml("rules")["rules"]
    names = [spec["name"] for spec in specs]
    assert len(names) == len(set(names)), "rule names must be unique"
    for spec in specs:
        assert set(spec) == {"name", "normalise", "pattern"}, spec["name"]
        assert spec["normalise"] in NORMALISERS, spec["name"]
        assert "{" not in re.sub(r"\\d\{\d(,\d)?\}|\{\d(,\d)?\}", "", expand(spec["pattern"])), spec["name"]
    assert len(rules()) == len(specs)
    assert all(rule.regex.flags & re.IGNORECASE for rule in rules())


def test_every_normaliser_is_used_by_a_rule():
    used = {spec["normalise"] for spec in load_yaml("rules")["rules"]}
    assert used == set(NORMALISERS)
