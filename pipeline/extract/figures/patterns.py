"""Compiled regular expressions built from the lexicon (one set per process)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.figures.lexicon import Lexicon, alternation, lexicon

_I = re.IGNORECASE


@dataclass(frozen=True)
class Patterns:
    """The regexes of the recognition cascade; ``*_at`` patterns are used with ``.match(text, pos)``."""

    digits: re.Pattern[str]
    words: re.Pattern[str]
    scale_at: re.Pattern[str]
    glued_scale_at: re.Pattern[str]
    prefix_before: re.Pattern[str]
    code_before: re.Pattern[str]
    percent_at: re.Pattern[str]
    dollar_at: re.Pattern[str]
    qualified_cent_at: re.Pattern[str]
    glued_currency_at: re.Pattern[str]
    currency_word_at: re.Pattern[str]
    code_at: re.Pattern[str]
    quantity_at: re.Pattern[str]
    per_at: re.Pattern[str]
    people_at: re.Pattern[str]
    hedge_before: re.Pattern[str]
    fold: re.Pattern[str]
    multiplier_word: re.Pattern[str]
    times_at: re.Pattern[str]
    joiner_between: re.Pattern[str]
    between_before: re.Pattern[str]
    to_the_dollar_at: re.Pattern[str]
    currency_mention: re.Pattern[str]
    subject: re.Pattern[str]
    bilateral: re.Pattern[str]
    forecast: re.Pattern[str]
    target: re.Pattern[str]
    baseline_before: re.Pattern[str]
    reporting: re.Pattern[str]
    name_before: re.Pattern[str]
    people_anaphor: re.Pattern[str]
    amount_noun_at: re.Pattern[str]


def _number_word_core(lex: Lexicon) -> str:
    """Spelled-out numbers: "seven", "seventy", "twenty-five", "two hundred and fifty" (no boundaries).

    A unit word only follows a tens word or "hundred", so "band four seven mln" is two numbers.
    """
    units = alternation([w for w in lex.units if lex.units[w] > 0])
    small = rf"(?:(?:{alternation(list(lex.tens))})(?:[\s-]+(?:{units})(?![\w-]))?|{alternation(list(lex.units))})"
    return rf"{small}(?:\s+hundred(?:\s+(?:and\s+)?{small})?)?"


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Compile every pattern once."""
    lex = lexicon()
    number_word = _number_word_core(lex)
    dollar_quals = alternation(list(lex.dollar_qualifiers))
    dollar_words = alternation(list(lex.dollar_words))
    per_words = alternation(list(lex.per_words))
    per_arts = alternation([a for a in lex.per_articles if a != "/"])
    glued = "|".join(sorted((re.escape(k) for k in lex.per_glued), key=len, reverse=True))
    hedges = alternation(list(lex.hedges))
    return Patterns(
        # Digits with thousands separators, decimals and wire fractions ("7-1/2"); not inside a
        # longer token such as "1985/86", "G-7" or "A300".
        digits=re.compile(
            r"(?<![\w.,/])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"(?:-(\d+)/(\d+))?(?![\d/]|[,.]\d)"
        ),
        # A hyphen may follow only when a scale word comes next ("an eight-billion-dlr surplus").
        words=re.compile(rf"\b{number_word}(?!\w)(?!-(?!(?:{alternation(list(lex.scales))})\b))", _I),
        scale_at=re.compile(rf"\.?[\s-]{{0,3}}({alternation(list(lex.scales))})(?![\w])", _I),
        glued_scale_at=re.compile(
            rf"({'|'.join(sorted(lex.glued_scales, key=len, reverse=True))})(?![\w])", _I
        ),
        prefix_before=re.compile(
            rf"(?<![A-Za-z])({'|'.join(re.escape(p) for p in sorted(lex.prefixes, key=len, reverse=True))})"
            r"\s?$"
        ),
        code_before=re.compile(rf"\b({'|'.join(lex.codes)})\s$"),
        percent_at=re.compile(
            rf"(?:[\s-]{{0,3}}(plus)\s+|[\s-]{{0,3}})(?:full\s+)?({alternation(list(lex.percent_words))})(?!\w)", _I
        ),
        dollar_at=re.compile(rf"[\s-]{{1,3}}(?:({dollar_quals})\s*)?({dollar_words})(?!\w)", _I),
        qualified_cent_at=re.compile(
            rf"[\s-]{{1,3}}({dollar_quals})\s*({alternation(list(lex.cent_words))})(?!\w)", _I
        ),
        # "53p" but not "3p.m." (a clock time).
        glued_currency_at=re.compile(rf"({'|'.join(re.escape(k) for k in lex.glued_suffixes)})(?![\w])(?!\.m\b)"),
        currency_word_at=re.compile(rf"[\s-]{{1,3}}({alternation(list(lex.currency_words))})(?!\w)", _I),
        code_at=re.compile(rf"\s{{1,3}}({'|'.join(lex.codes)})\b"),
        quantity_at=re.compile(rf"[\s-]{{0,3}}({alternation(list(lex.quantity_units))})(?![\w/])", _I),
        # "a week ago" / "a year earlier" date a figure; they are not rate denominators.
        per_at=re.compile(
            rf"(?:\s+(?:{per_arts})\s+|\s*/\s*)({per_words})(?!\w)(?!\s+(?:ago|earlier|before|later|previously)\b)"
            rf"|({glued})(?!\w)",
            _I,
        ),
        people_at=re.compile(
            rf"[\s-]{{1,3}}((?:[A-Za-z][\w'-]*\s+){{0,{lex.count_modifier_max}}}?)"
            rf"({alternation(list(lex.people_nouns))})(?![\w-])",
            _I,
        ),
        hedge_before=re.compile(rf"(?<![\w-])({hedges})\s+$", _I),
        fold=re.compile(rf"(?<![\w-])({number_word}|\d+(?:\.\d+)?)[\s-]?fold\b", _I),
        multiplier_word=re.compile(rf"\b({alternation(list(lex.multiplier_words))})\b", _I),
        times_at=re.compile(rf"(\s+times)\s+(?:{alternation(list(lex.times_followers))})\b", _I),
        joiner_between=re.compile(
            rf"^\s*(?:{'|'.join(re.escape(j) for j in lex.range_joiners)})\s*$", _I
        ),
        between_before=re.compile(r"\bbetween\s+$", _I),
        to_the_dollar_at=re.compile(r"\s+(?:to|against|per)\s+the\s+(?:U\.?S\.?\s*)?(?:dollar|dlr)\b", _I),
        currency_mention=re.compile(
            rf"\b(?:({dollar_quals})\s*(?:{dollar_words})|({alternation(list(lex.currency_words))}))(?!\w)",
            _I,
        ),
        subject=re.compile(rf"(?<![\w-])({alternation(list(lex.subjects))})(?![\w-])", _I),
        bilateral=re.compile(rf"(?<![\w-])(?:{alternation(list(lex.bilateral_cues))})(?![\w-])", _I),
        forecast=re.compile(rf"(?<![\w-])(?:{alternation(list(lex.forecast_cues))})(?![\w-])", _I),
        target=re.compile(rf"(?<![\w-])(?:{alternation(list(lex.target_cues))})(?![\w-])", _I),
        baseline_before=re.compile(rf"(?<![\w-])(?:{alternation(list(lex.baseline_cues))})\s*$", _I),
        name_before=re.compile(rf"(?<![\w-])(?:{alternation(list(lex.name_prefixes))})\s*$"),
        amount_noun_at=re.compile(rf"\s+(?:{alternation(list(lex.amount_nouns))})\b", _I),
        people_anaphor=re.compile(rf"(?<![\w-])({alternation(list(lex.people_anaphors))})(?![\w-])", _I),
        reporting=re.compile(rf"\b(?:{alternation(list(lex.reporting_verbs))})\b", _I),
    )
