"""Load the temporal language data (``data/*.yaml``) once and derive regex macros from it.

The engine never hard-codes words: month names, numerals, units, cue words and the rule
patterns all come from the YAML files next to this module, so they can be reviewed as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.datafiles import load_mapping

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_yaml(name: str) -> dict[str, Any]:
    """The parsed YAML file ``data/<name>.yaml`` (cached: loaded once per process)."""
    return load_mapping(DATA_DIR / f"{name}.yaml")


def lexicon() -> dict[str, Any]:
    """The word lists of ``data/lexicon.yaml``."""
    return load_yaml("lexicon")


def _alternation(words, *, escape: bool = True) -> str:
    """A non-capturing alternation, longest first so the regex prefers the longest word."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    parts = []
    for word in items:
        part = re.escape(word) if escape else word
        # Let multi-word phrases span any white space (line breaks in wire text).
        part = part.replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


def _month_macro(lex: dict[str, Any]) -> str:
    ambiguous = set(lex["ambiguous_months"])
    parts = []
    for name in sorted(lex["months"], key=lambda w: (-len(w), w)):
        dot = r"\.?" if len(name) <= 4 and name != "june" and name != "july" else ""
        if name in ambiguous:
            # Capitalised only ("May", "MAY"), so the verb "may" or "to march" is not a month.
            parts.append(f"(?-i:{name.capitalize()}|{name.upper()}){dot}")
        else:
            parts.append(re.escape(name) + dot)
    return "(?:" + "|".join(parts) + ")"


def _weekday_macro(lex: dict[str, Any]) -> str:
    short = set(lex["abbreviated_weekdays"])
    full = [w for w in lex["weekdays"] if w not in short]
    abbrev = [rf"(?-i:{w.capitalize()})\." for w in sorted(short, key=len, reverse=True)]
    return "(?:" + _alternation(full)[3:-1] + "|" + "|".join(abbrev) + ")"


def _number_macro(lex: dict[str, Any]) -> str:
    words = list(lex["numbers"]) + list(lex["multipliers"])
    word = _alternation(words)
    scale = _alternation(lex["multipliers"])
    spelled = rf"(?:a\s+{scale}|{word})(?:[\s-]+(?:and\s+)?{word})*"
    digits = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d"
    return f"(?:{digits}|{spelled})"


def _ordinal_macro(lex: dict[str, Any]) -> str:
    return _alternation([w for w in lex["ordinals"] if w != "last"])


def _decade_words(lex: dict[str, Any]) -> dict[str, int]:
    """'twenties' -> 2 ... 'nineties' -> 9: plural of the tens words."""
    out = {}
    for word, value in lex["numbers"].items():
        if value >= 20 and value % 10 == 0:
            out[word[:-1] + "ies"] = value // 10
    return out


def _unit_macro(lex: dict[str, Any]) -> str:
    forms = []
    for unit in lex["units"]:
        forms.append(unit)
        forms.append(lex["unit_plurals"].get(unit, unit + "s"))
    return _alternation(forms)


@dataclass(frozen=True)
class Rule:
    """One compiled candidate rule from ``data/rules.yaml``."""

    name: str
    normalise: str
    regex: re.Pattern[str]
    priority: int


@cache
def macros() -> dict[str, str]:
    """Regex fragments named in rule patterns as ``{NAME}``, all built from the lexicon."""
    lex = lexicon()
    return {
        "MONTH": _month_macro(lex),
        "WEEKDAY": _weekday_macro(lex),
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|" + _ordinal_macro(lex),
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?!\d)",
        "NUM": _number_macro(lex),
        "ONE": _alternation(lex["one_words"]),
        "VAGUE_QTY": _alternation(lex["vague_quantities"]),
        "UNIT": _unit_macro(lex),
        "SEASON": _alternation(lex["seasons"]),
        "DAYPART": _alternation(lex["day_parts"]),
        "RELDAY": _alternation(lex["relative_days"]),
        "HOLIDAY": _alternation(list(lex["holidays"]) + list(lex["weekday_holidays"])),
        "SHIFT": _alternation(lex["shift_words"]),
        "SET_ADVERB": _alternation(lex["set_adverbs"]),
        "OFFSET_DIRECTION": _alternation(lex["offset_directions"]),
        "VAGUE_REF": _alternation(lex["vague_refs"]),
        "DECADE_WORD": _alternation(_decade_words(lex)),
        "ORDINAL": _ordinal_macro(lex),
        "NUM_TENS": _alternation(w for w, v in lex["numbers"].items() if v >= 10),
        "NUM_UNITS": _alternation(w for w, v in lex["numbers"].items() if 1 <= v <= 9),
        "QUARTER_ORD": _alternation(lex["quarter_ordinals"]),
    }


_MACRO = re.compile(r"\{([A-Z_]+)\}")


def expand(pattern: str) -> str:
    """``pattern`` with every ``{MACRO}`` replaced by its (grouped) regex fragment."""
    table = macros()
    return _MACRO.sub(lambda m: "(?:" + table[m.group(1)] + ")", pattern)


@cache
def rules() -> tuple[Rule, ...]:
    """The ordered, compiled candidate rules."""
    compiled = []
    for priority, spec in enumerate(load_yaml("rules")["rules"]):
        # Anchor at word starts: candidates never begin inside a word, and the engine then skips
        # most positions cheaply instead of trying every alternative at each character.
        regex = re.compile(r"(?<!\w)(?:" + expand(spec["pattern"]) + ")", re.IGNORECASE)
        compiled.append(Rule(spec["name"], spec["normalise"], regex, priority))
    return tuple(compiled)


@cache
def decade_words() -> dict[str, int]:
    """Spelled decades ('nineties') -> tens digit."""
    return _decade_words(lexicon())
